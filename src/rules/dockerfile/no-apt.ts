import type { DockerfileRule } from '../rule.js';
import { commandRange, commandsOf } from './helpers.js';

export const noApt: DockerfileRule = {
  kind: 'dockerfile',
  id: 'no-apt',
  aliases: ['DL3027'],
  severity: 'warning',
  fixable: false,
  docs: {
    summary: 'Use apt-get or apt-cache in scripts, not apt.',
    why: '`apt` is the interactive front end: its output and behaviour may change between releases and it warns that it "does not have a stable CLI interface". Scripts and Dockerfiles should use `apt-get` and `apt-cache`.',
    bad: 'FROM debian:bookworm-slim\nRUN apt update && apt install -y --no-install-recommends curl=7.88.1-10+deb12u8 && rm -rf /var/lib/apt/lists/*\n',
    good: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 && rm -rf /var/lib/apt/lists/*\n',
  },
  check({ model, report }) {
    for (const site of commandsOf(model, ['apt'])) {
      report({
        range: commandRange(model, site),
        message: 'use apt-get (or apt-cache) instead of apt, which has no stable interface for scripts',
      });
    }
  },
};
