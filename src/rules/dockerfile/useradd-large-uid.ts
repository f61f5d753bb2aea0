import { flagValue, hasFlag } from '../../parse/shell.js';
import type { DockerfileRule } from '../rule.js';
import { commandRange, commandsOf } from './helpers.js';

export const useraddLargeUid: DockerfileRule = {
  kind: 'dockerfile',
  id: 'useradd-large-uid',
  aliases: ['DL3046'],
  severity: 'warning',
  fixable: false,
  docs: {
    summary: 'Pass -l (--no-log-init) to useradd with a large UID.',
    why: 'useradd reserves room for the new user in /var/log/lastlog and faillog, which are sparse files indexed by UID. With a UID like 100000 they look huge, and Docker stores them expanded: a layer of gigabytes of zeros. `-l` skips them.',
    bad: 'FROM debian:bookworm-slim\nRUN useradd -u 123456 app\n',
    good: 'FROM debian:bookworm-slim\nRUN useradd -l -u 123456 app\n',
  },
  messages: { largeUid: 'useradd -u {uid} without -l writes a huge sparse lastlog into the layer' },
  check({ model, report }) {
    for (const site of commandsOf(model, ['useradd'])) {
      const uid = flagValue(site.command, '-u', '--uid');
      if (!uid || !/^\d{6,}$/.test(uid) || hasFlag(site.command, '-l', '--no-log-init')) continue;
      report({
        range: commandRange(model, site),
        messageId: 'largeUid',
        data: { uid },
      });
    }
  },
};
