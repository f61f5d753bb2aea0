/** FROM --platform: hadolint's blanket warning and BuildKit's two precise checks. */

import type { DockerfileRule } from '../rule.js';

export const fromPlatformFlag: DockerfileRule = {
  kind: 'dockerfile',
  id: 'from-platform-flag',
  aliases: ['DL3029', 'FromPlatformFlagConstDisallowed'],
  severity: 'warning',
  fixable: false,
  docs: {
    summary: 'Do not hard-code a platform in FROM.',
    why: 'FROM --platform=linux/amd64 forces that platform whatever `docker build --platform` asks for: an arm64 build silently gets amd64 binaries run under emulation. Leave the platform to the build, or use `--platform=$BUILDPLATFORM` for a cross-compiling build stage.',
    bad: 'FROM --platform=linux/amd64 debian:bookworm-slim\n',
    good: 'FROM --platform=$BUILDPLATFORM golang:1.19-bookworm AS build\n',
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      const flag = stage.from.flags.find((f) => f.name === 'platform');
      if (flag?.value && !flag.value.includes('$'))
        report({
          range: flag.range,
          message: `--platform=${flag.value} overrides the platform the build asks for`,
        });
    }
  },
};

export const redundantTargetPlatform: DockerfileRule = {
  kind: 'dockerfile',
  id: 'redundant-target-platform',
  aliases: ['RedundantTargetPlatform', 'DL3065'],
  severity: 'warning',
  fixable: true,
  docs: {
    summary: 'Drop --platform=$TARGETPLATFORM from FROM: it is the default.',
    why: 'A stage is built for the target platform unless told otherwise, so `--platform=$TARGETPLATFORM` only adds noise (and BuildKit warns).',
    bad: 'FROM --platform=$TARGETPLATFORM debian:bookworm-slim\n',
    good: 'FROM debian:bookworm-slim\n',
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      const flag = stage.from.flags.find((f) => f.name === 'platform');
      if (!flag || !/^\$\{?TARGETPLATFORM\}?$/.test(flag.value ?? '')) continue;
      const next = stage.from.args[0]?.range.startOffset ?? flag.range.endOffset;
      report({
        range: flag.range,
        message: '--platform=$TARGETPLATFORM is the default',
        fix: [{ range: model.index.range(flag.range.startOffset, next), text: '' }],
      });
    }
  },
};

export const undefinedArgInFrom: DockerfileRule = {
  kind: 'dockerfile',
  id: 'undefined-arg-in-from',
  aliases: ['UndefinedArgInFrom', 'InvalidDefaultArgInFrom'],
  severity: 'warning',
  fixable: false,
  docs: {
    summary: 'Declare (with a default) every ARG that FROM uses.',
    why: 'FROM sees only the ARGs declared before the first FROM. An undeclared one expands to nothing (`FROM node:${VERSION}-slim` becomes `node:-slim`), and one without a default breaks every build that forgets `--build-arg`.',
    bad: 'FROM node:${NODE_VERSION}-bookworm-slim\n',
    good: 'ARG NODE_VERSION=20\nFROM node:${NODE_VERSION}-bookworm-slim\n',
  },
  check({ model, report }) {
    const automatic = /^(BUILD|TARGET)(PLATFORM|OS|ARCH|VARIANT)$/;
    for (const stage of model.stages) {
      const image = stage.from.args[0];
      const platform = stage.from.flags.find((f) => f.name === 'platform');
      for (const [text, range] of [
        [image?.raw, image?.range],
        [platform?.value, platform?.range],
      ] as const) {
        if (!text || !range) continue;
        for (const match of text.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)(:?[-+?][^}]*)?\}?/g)) {
          const name = match[1] as string;
          if (automatic.test(name) || match[2]?.startsWith(':-') || match[2]?.startsWith('-')) continue;
          const declaration = model.globalArgs.flatMap((arg) => arg.pairs).find((pair) => pair.key === name);
          if (!declaration) report({ range, message: `${name} is not declared before the first FROM` });
          else if (declaration.value === undefined)
            report({
              range,
              message: `${name} has no default: the image name is invalid without --build-arg ${name}=…`,
            });
        }
      }
    }
  },
};
