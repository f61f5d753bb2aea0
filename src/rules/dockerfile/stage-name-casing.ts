import type { DockerfileRule } from '../rule.js';

export const stageNameCasing: DockerfileRule = {
  kind: 'dockerfile',
  id: 'stage-name-casing',
  aliases: ['StageNameCasing'],
  severity: 'warning',
  fixable: false,
  docs: {
    summary: 'Write stage names in lower case.',
    why: 'Stage names are case-insensitive, so `Build` and `build` are the same stage; lower case everywhere avoids reading them as different ones and matches how `--target` is usually typed.',
    bad: 'FROM node:20-bookworm-slim AS Build\n',
    good: 'FROM node:20-bookworm-slim AS build\n',
  },
  messages: { lowerCase: 'stage name {name} should be lower case' },
  check({ model, report }) {
    for (const stage of model.stages) {
      if (stage.name && stage.nameRange && stage.name !== stage.name.toLowerCase()) {
        report({ range: stage.nameRange, messageId: 'lowerCase', data: { name: stage.name } });
      }
    }
  },
};
