import { hasFlag } from '../../parse/shell.js';
import type { DockerfileRule } from '../rule.js';
import { aptGetInstalls, installWord } from './apt.js';
import { afterWord, commandRange } from './helpers.js';

export const aptNoInstallRecommends: DockerfileRule = {
  kind: 'dockerfile',
  id: 'apt-no-install-recommends',
  aliases: ['DL3015'],
  severity: 'info',
  fixable: false,
  docs: {
    summary: 'Install Debian packages with --no-install-recommends.',
    why: 'apt installs "recommended" packages by default: documentation, optional tools, sometimes whole language runtimes. They make the image larger and add attack surface without the app needing them.',
    bad: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n',
    good: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n',
  },
  check({ model, report }) {
    for (const site of aptGetInstalls(model)) {
      const command = site.command;
      const disabledByOption = command.args.some((arg) =>
        /^APT::Install-Recommends=(false|0)$/i.test(arg.value ?? ''),
      );
      if (hasFlag(command, '--no-install-recommends') || disabledByOption) continue;
      const install = installWord(command);
      report({
        range: commandRange(model, site),
        message:
          'add --no-install-recommends so apt installs only what was asked for (a suggestion: --fix-suggestions)',
        // A suggestion, not a fix: without recommends `apt-get install git` no longer brings ca-certificates.
        suggestion: install
          ? [{ range: afterWord(model, site, install), text: ' --no-install-recommends' }]
          : undefined,
      });
    }
  },
};
