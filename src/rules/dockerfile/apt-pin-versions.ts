import type { DockerfileRule } from '../rule.js';
import { aptGetInstalls, aptPackages } from './apt.js';
import { wordRange } from './helpers.js';

export const aptPinVersions: DockerfileRule = {
  kind: 'dockerfile',
  id: 'apt-pin-versions',
  aliases: ['DL3008'],
  severity: 'warning',
  fixable: false,
  docs: {
    summary: 'Pin the versions of packages installed with apt-get.',
    why: 'An unpinned `apt-get install curl` installs whatever the mirror has on the day of the build, so two builds of the same commit can differ and a rebuild can break. Pin `curl=7.88.1-10+deb12u8`, or accept the drift knowingly and silence the rule with a reason.',
    bad: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n',
    good: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 && rm -rf /var/lib/apt/lists/*\n',
  },
  messages: { pin: 'pin the version of {name} ({name}=<version>)' },
  check({ model, report }) {
    for (const site of aptGetInstalls(model)) {
      for (const pkg of aptPackages(site.command)) {
        const name = pkg.value;
        if (
          name === undefined ||
          name.includes('=') ||
          name.endsWith('.deb') ||
          name.startsWith('/') ||
          name.startsWith('./')
        )
          continue;
        report({
          range: wordRange(model, site, pkg),
          messageId: 'pin',
          data: { name },
        });
      }
    }
  },
};
