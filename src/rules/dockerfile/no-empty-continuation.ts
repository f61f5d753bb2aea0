import type { DockerfileRule } from '../rule.js';

export const noEmptyContinuation: DockerfileRule = {
  kind: 'dockerfile',
  id: 'no-empty-continuation',
  aliases: ['NoEmptyContinuation'],
  severity: 'warning',
  fixable: true,
  docs: {
    summary: 'Do not leave empty lines inside a continued instruction.',
    why: 'Docker skips an empty line in the middle of a `\\`-continued instruction today, but BuildKit warns that this will become an error: the blank line reads as the end of the instruction to people and to other tools.',
    bad: 'FROM debian:bookworm-slim\nRUN apt-get update \\\n\n    && apt-get install -y --no-install-recommends curl\n',
    good: 'FROM debian:bookworm-slim\nRUN apt-get update \\\n    && apt-get install -y --no-install-recommends curl\n',
  },
  check({ model, report }) {
    for (const instruction of model.instructions) {
      for (const line of instruction.emptyContinuationLines) {
        const start = model.index.lineStart(line);
        const next = model.index.lineStart(line + 1);
        report({
          range: model.index.range(start, start + model.index.lineText(line).length),
          message: 'empty line inside a continued instruction',
          fix: [{ range: model.index.range(start, next), text: '' }],
        });
      }
    }
  },
};
