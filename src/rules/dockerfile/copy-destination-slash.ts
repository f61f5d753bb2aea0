import type { DockerfileRule } from '../rule.js';

export const copyDestinationSlash: DockerfileRule = {
  kind: 'dockerfile',
  id: 'copy-destination-slash',
  aliases: ['DL3021'],
  severity: 'error',
  fixable: true,
  docs: {
    summary: 'End the destination with / when COPY has several sources.',
    why: 'With more than one source the destination must be a directory; Docker refuses `COPY a b /app` unless it reads `/app/`. The slash also tells the reader that the files land inside it.',
    bad: 'FROM node:20-bookworm-slim\nCOPY package.json package-lock.json /app\n',
    good: 'FROM node:20-bookworm-slim\nCOPY package.json package-lock.json /app/\n',
  },
  check({ model, report }) {
    for (const instruction of model.instructions) {
      if (
        (instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD') ||
        instruction.exec ||
        instruction.heredocs.length
      )
        continue;
      const words = instruction.args;
      const destination = words[words.length - 1];
      if (
        words.length < 3 ||
        !destination ||
        /\/["']?$/.test(destination.raw) ||
        destination.raw.includes('$')
      )
        continue;
      report({
        range: destination.range,
        message: `${destination.raw} receives ${words.length - 1} sources, so it must end with /`,
        fix: [
          { range: model.index.range(destination.range.endOffset, destination.range.endOffset), text: '/' },
        ],
      });
    }
  },
};
