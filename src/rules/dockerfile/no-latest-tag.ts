import type { DockerfileRule } from '../rule.js';
import { imageReference } from './helpers.js';

export const noLatestTag: DockerfileRule = {
  kind: 'dockerfile',
  id: 'no-latest-tag',
  aliases: ['DL3007'],
  severity: 'warning',
  fixable: false,
  docs: {
    summary: 'Do not build on the latest tag.',
    why: '`latest` is whatever was pushed last: the same Dockerfile builds a different image next week, and a breaking release arrives without a diff. Pin the version line (`python:3.11-slim-bookworm`); let a bot (Renovate, Dependabot) propose upgrades.',
    bad: 'FROM python:latest\n',
    good: 'FROM python:3.11-slim-bookworm\n',
  },
  messages: { latest: '{baseImageExpanded} moves with every release: pin a version' },
  check({ model, report }) {
    for (const stage of model.stages) {
      const reference = imageReference(stage.baseImageExpanded);
      const word = stage.from.args[0];
      if (word && reference.tag === 'latest' && reference.digest === undefined) {
        report({
          range: word.range,
          messageId: 'latest',
          data: { baseImageExpanded: stage.baseImageExpanded },
        });
      }
    }
  },
};
