import type { DockerfileRule } from '../rule.js';

export const inlineComment: DockerfileRule = {
  kind: 'dockerfile',
  id: 'inline-comment',
  aliases: [],
  severity: 'error',
  fixable: false,
  docs: {
    summary: 'Put comments on their own line: # after an instruction is not a comment.',
    why: 'Only a line that starts with `#` is a comment. After an instruction, `#` and the words after it are arguments: `COPY package.json ./  # manifest first` copies files named `./`, `#` and `manifest` into a directory called `first`, and `FROM node:20  # LTS` fails the build.',
    bad: 'FROM node:20-bookworm-slim\nCOPY package.json ./  # manifest first\n',
    good: 'FROM node:20-bookworm-slim\n# manifest first\nCOPY package.json ./\n',
  },
  messages: {
    hereArgumentComment:
      "'#' here is an argument of {keyword}, not a comment: move the comment to its own line",
  },
  check({ model, report }) {
    // FROM is left to the parser: Docker refuses the extra words there, so it is an input error.
    const checked = new Set([
      'EXPOSE',
      'USER',
      'WORKDIR',
      'COPY',
      'ADD',
      'ARG',
      'ENV',
      'LABEL',
      'STOPSIGNAL',
      'VOLUME',
    ]);
    for (const instruction of model.instructions) {
      if (!checked.has(instruction.keyword)) continue;
      const hash = instruction.args.find((word) => word.raw === '#' || /^#[A-Za-z ]/.test(word.raw));
      if (!hash) continue;
      report({
        range: hash.range,
        messageId: 'hereArgumentComment',
        data: { keyword: instruction.keyword },
      });
    }
  },
};
