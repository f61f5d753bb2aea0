import type { DockerfileRule } from '../rule.js';

export const instructionOrder: DockerfileRule = {
  kind: 'dockerfile',
  id: 'instruction-order',
  aliases: ['DL3061'],
  severity: 'error',
  fixable: false,
  docs: {
    summary: 'Begin a Dockerfile with FROM, or with ARGs for FROM.',
    why: 'Only ARG (and comments and parser directives) may come before the first FROM: anything else has no stage to belong to, and `docker build` refuses the file.',
    bad: 'LABEL org.opencontainers.image.source="https://github.com/acme/app"\nFROM debian:bookworm-slim\n',
    good: 'FROM debian:bookworm-slim\nLABEL org.opencontainers.image.source="https://github.com/acme/app"\n',
  },
  check({ model, report }) {
    for (const instruction of model.instructions) {
      if (instruction.stage !== -1 || instruction.keyword === 'ARG') continue;
      report({
        range: instruction.range,
        messageId: 'beforeFrom',
        data: { keyword: instruction.keywordText },
      });
    }
  },
  messages: { beforeFrom: '{keyword} before the first FROM: only ARG may come first' },
};
