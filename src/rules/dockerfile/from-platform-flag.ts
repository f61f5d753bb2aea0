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
  messages: { platform: '--platform={value} overrides the platform the build asks for' },
  check({ model, report }) {
    for (const stage of model.stages) {
      const flag = stage.from.flags.find((f) => f.name === 'platform');
      if (flag?.value && !flag.value.includes('$'))
        report({
          range: flag.range,
          messageId: 'platform',
          data: { value: flag.value },
        });
    }
  },
};
