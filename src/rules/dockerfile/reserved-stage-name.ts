import type { DockerfileRule } from '../rule.js';

const RESERVED = new Set(['scratch', 'context']);

export const reservedStageName: DockerfileRule = {
  kind: 'dockerfile',
  id: 'reserved-stage-name',
  aliases: ['DL3063', 'ReservedStageName'],
  severity: 'error',
  fixable: false,
  docs: {
    summary: 'Do not name a stage scratch or context.',
    why: '`scratch` is the empty base image and `context` names the build context in `--from`; a stage with one of these names shadows them and confuses every reader (and BuildKit warns).',
    bad: 'FROM debian:bookworm-slim AS scratch\n',
    good: 'FROM debian:bookworm-slim AS base\n',
  },
  messages: { reservedName: '{name} is a reserved name' },
  check({ model, report }) {
    for (const stage of model.stages) {
      if (stage.name && stage.nameRange && RESERVED.has(stage.name.toLowerCase())) {
        report({ range: stage.nameRange, messageId: 'reservedName', data: { name: stage.name } });
      }
    }
  },
};
