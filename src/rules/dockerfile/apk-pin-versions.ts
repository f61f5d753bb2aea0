import type { DockerfileRule } from '../rule.js';
import { commandsOf, packageArgs, wordRange } from './helpers.js';

export const apkPinVersions: DockerfileRule = {
  kind: 'dockerfile',
  id: 'apk-pin-versions',
  aliases: ['DL3018'],
  severity: 'warning',
  fixable: false,
  docs: {
    summary: 'Pin the versions of packages installed with apk add.',
    why: 'Unpinned packages make the image depend on the day it was built. Pin `curl=8.9.1-r2` (or `curl~=8.9`) so rebuilds are reproducible and upgrades are deliberate.',
    bad: 'FROM alpine:3.20\nRUN apk add --no-cache curl\n',
    good: 'FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r2\n',
  },
  messages: { pin: 'pin the version of {name} ({name}=<version>)' },
  check({ model, report }) {
    for (const site of commandsOf(model, ['apk'], ['add'])) {
      for (const pkg of packageArgs(
        site.command,
        ['add'],
        ['-t', '--virtual', '-X', '--repository', '-p', '--root', '--arch'],
      )) {
        const name = pkg.value;
        // `=`, `~` (fuzzy), `<`, `>`: apk's own version constraints; the author chose one.
        if (name === undefined || /[=~<>]/.test(name) || name.endsWith('.apk')) continue;
        report({
          range: wordRange(model, site, pkg),
          messageId: 'pin',
          data: { name },
        });
      }
    }
  },
};
