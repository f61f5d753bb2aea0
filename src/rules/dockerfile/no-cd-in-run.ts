import type { DockerfileRule } from '../rule.js';
import { commandRange, commandsOf } from './helpers.js';

export const noCdInRun: DockerfileRule = {
  kind: 'dockerfile',
  id: 'no-cd-in-run',
  aliases: ['DL3003'],
  severity: 'warning',
  fixable: false,
  docs: {
    summary: 'Use WORKDIR instead of cd.',
    why: '`cd` lasts for one RUN: the next instruction is back where it was, which surprises readers and breaks when a RUN is split. WORKDIR sets the directory for every later instruction and for the container, and documents it.',
    bad: 'FROM debian:bookworm-slim\nRUN cd /app && make\n',
    good: 'FROM debian:bookworm-slim\nWORKDIR /app\nRUN make\n',
  },
  check({ model, report }) {
    for (const site of commandsOf(model, ['cd'])) {
      report({
        range: commandRange(model, site),
        message: 'use WORKDIR to change directory; cd lasts only for this RUN',
      });
    }
  },
};
