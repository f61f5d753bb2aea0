import type { DockerfileRule } from '../rule.js';
import { commandRange, commandsOf } from './helpers.js';

export const noSudo: DockerfileRule = {
  kind: 'dockerfile',
  id: 'no-sudo',
  aliases: ['DL3004'],
  severity: 'error',
  fixable: false,
  docs: {
    summary: 'Do not use sudo in a Dockerfile.',
    why: 'Build steps already run as the current USER; sudo adds a setuid binary to the image, a TTY and PAM dependency, and unpredictable environment handling. Switch with `USER root` for the steps that need it, then back to the unprivileged user. In an entrypoint, use gosu or setpriv.',
    bad: 'FROM debian:bookworm-slim\nUSER 10001\nRUN sudo mkdir /data\n',
    good: 'FROM debian:bookworm-slim\nRUN mkdir /data && chown 10001 /data\nUSER 10001\n',
  },
  check({ model, report }) {
    for (const site of commandsOf(model, ['sudo'])) {
      report({
        range: commandRange(model, site),
        message: 'do not use sudo: switch USER for the steps that need root',
      });
    }
  },
};
