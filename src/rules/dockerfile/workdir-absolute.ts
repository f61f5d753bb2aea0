import type { DockerfileRule } from '../rule.js';

export const workdirAbsolute: DockerfileRule = {
  kind: 'dockerfile',
  id: 'workdir-absolute',
  aliases: ['DL3000', 'WorkdirRelativePath'],
  severity: 'error',
  fixable: false,
  docs: {
    summary: 'Give WORKDIR an absolute path.',
    why: 'A relative WORKDIR is resolved against the previous one, which a base image may set to anything: the same Dockerfile then puts files in different places on different bases. An absolute path says where the app lives.',
    bad: 'FROM node:20-bookworm-slim\nWORKDIR app\n',
    good: 'FROM node:20-bookworm-slim\nWORKDIR /app\n',
  },
  messages: { relative: 'WORKDIR {path} is relative: use an absolute path' },
  check({ model, report }) {
    for (const instruction of model.instructions) {
      if (instruction.keyword !== 'WORKDIR') continue;
      const path = instruction.rest.replace(/^["']|["']$/g, '');
      if (!path || path.startsWith('/') || path.startsWith('$') || /^[A-Za-z]:[\\/]/.test(path)) continue;
      report({ range: instruction.restRange, messageId: 'relative', data: { path } });
    }
  },
};
