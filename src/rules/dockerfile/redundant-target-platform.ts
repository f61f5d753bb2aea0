import type { DockerfileRule } from '../rule.js';

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
