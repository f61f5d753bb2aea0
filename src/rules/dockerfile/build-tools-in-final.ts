import type { DockerfileRule } from '../rule.js';
import { aptPackages } from './apt.js';
import { commandsOf, packageArgs, wordRange } from './helpers.js';

const TOOLCHAIN_PACKAGES =
  /^(build-essential|build-base|gcc|g\+\+|clang|make|cmake|autoconf|automake|libtool|musl-dev|libc6-dev|python3-dev|pkg-config|git)(=.*)?$/;
const SDK_IMAGES =
  /^(golang|rust|maven|gradle|eclipse-temurin:[^-]*-jdk|openjdk|mcr\.microsoft\.com\/dotnet\/sdk|node:[^-]*$|python:[0-9.]+$)/;

export const buildToolsInFinal: DockerfileRule = {
  kind: 'dockerfile',
  id: 'build-tools-in-final',
  aliases: [],
  severity: 'warning',
  fixable: false,
  docs: {
    summary: 'Keep compilers and SDK images out of the final stage of a multi-stage build.',
    why: 'The point of a build stage is that the toolchain stays behind. Installing gcc or git in the final stage, or basing it on an SDK image (golang, rust, maven, a JDK, the .NET SDK), ships them anyway: more size, more CVEs, more tools for an intruder.',
    bad: 'FROM golang:1.19-bookworm AS build\nRUN go build -o /app .\nFROM golang:1.19-bookworm\nCOPY --from=build /app /app\n',
    good: 'FROM golang:1.19-bookworm AS build\nRUN go build -o /app .\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /app /app\n',
  },
  messages: {
    buildImageBase: '{baseImageExpanded} is a build image: base the final stage on a runtime image',
    buildToolInstall: '{value} is a build tool: install it in the build stage only',
  },
  check({ model, report }) {
    const final = model.stages[model.stages.length - 1];
    if (!final || model.stages.length < 2) return;
    if (final.parentStage === undefined && SDK_IMAGES.test(final.baseImageExpanded)) {
      const word = final.from.args[0];
      if (word)
        report({
          range: word.range,
          messageId: 'buildImageBase',
          data: { baseImageExpanded: final.baseImageExpanded },
        });
    }
    const inFinal = (stage: number) => stage === final.index;
    for (const site of commandsOf(model, ['apt-get'], ['install'])) {
      if (!inFinal(site.instruction.stage)) continue;
      for (const pkg of aptPackages(site.command)) {
        if (pkg.value && TOOLCHAIN_PACKAGES.test(pkg.value))
          report({
            range: wordRange(model, site, pkg),
            messageId: 'buildToolInstall',
            data: { value: pkg.value },
          });
      }
    }
    for (const site of commandsOf(model, ['apk'], ['add'])) {
      if (!inFinal(site.instruction.stage)) continue;
      for (const pkg of packageArgs(site.command, ['add'], ['-t', '--virtual'])) {
        if (pkg.value && TOOLCHAIN_PACKAGES.test(pkg.value))
          report({
            range: wordRange(model, site, pkg),
            messageId: 'buildToolInstall',
            data: { value: pkg.value },
          });
      }
    }
  },
};
