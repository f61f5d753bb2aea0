import { hasFlag } from '../../parse/shell.js';
import type { DockerfileRule } from '../rule.js';
import { afterWord, commandRange, commandsOf, mountCovers } from './helpers.js';

export const apkNoCache: DockerfileRule = {
  kind: 'dockerfile',
  id: 'apk-no-cache',
  aliases: ['DL3019'],
  severity: 'info',
  fixable: true,
  docs: {
    summary: 'Use apk add --no-cache.',
    why: '`apk add` without `--no-cache` stores the package index in /var/cache/apk, which then ships in the layer. `--no-cache` fetches a fresh index and keeps nothing, with no separate `apk update` or cleanup needed.',
    bad: 'FROM alpine:3.20\nRUN apk update && apk add curl=8.9.1-r2\n',
    good: 'FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r2\n',
  },
  check({ model, report }) {
    for (const site of commandsOf(model, ['apk'], ['add'])) {
      const mounted = mountCovers(site.instruction, '/var/cache/apk');
      if (mounted || hasFlag(site.command, '--no-cache')) continue;
      const add = site.command.args.find((arg) => arg.value === 'add');
      report({
        range: commandRange(model, site),
        message: 'use apk add --no-cache so the package index does not ship in the image',
        fix: add ? [{ range: afterWord(model, site, add), text: ' --no-cache' }] : undefined,
      });
    }
  },
};
