import type { DockerfileRule } from '../rule.js';
import { commandsOf, packageArgs, wordRange } from './helpers.js';

export const gemPinVersions: DockerfileRule = {
  kind: 'dockerfile',
  id: 'gem-pin-versions',
  aliases: ['DL3028'],
  severity: 'warning',
  fixable: false,
  docs: {
    summary: 'Pin the versions of gems installed with gem install.',
    why: 'An unpinned gem install takes the newest release at build time; pin with `gem install bundler:2.5.22` (or `-v`), and install the app from Gemfile.lock with bundle.',
    bad: 'FROM ruby:3.1-slim-bookworm\nRUN gem install bundler\n',
    good: 'FROM ruby:3.1-slim-bookworm\nRUN gem install bundler:2.5.22\n',
  },
  messages: { pin: 'pin the version of {value} ({value}:<version>)' },
  check({ model, report }) {
    for (const site of commandsOf(model, ['gem'], ['install', 'i'])) {
      if (site.command.args.some((arg) => arg.value === '-v' || arg.value?.startsWith('--version'))) continue;
      // After `--` come the gem's build options, not gem names.
      const end = site.command.args.findIndex((arg) => arg.value === '--');
      const command = end < 0 ? site.command : { ...site.command, args: site.command.args.slice(0, end) };
      for (const gem of packageArgs(
        command,
        ['install', 'i'],
        ['-v', '--version', '-s', '--source', '-i', '--install-dir', '-n', '--bindir'],
      )) {
        // `--use-system-libraries true`: an option's value, not a gem (gem's own switches take none).
        const before = command.args[command.args.indexOf(gem) - 1]?.value ?? '';
        if (before.startsWith('-') && /^(true|false)$/.test(gem.value ?? '')) continue;
        if (gem.value && !gem.value.includes(':') && !gem.value.endsWith('.gem'))
          report({
            range: wordRange(model, site, gem),
            messageId: 'pin',
            data: { value: gem.value },
          });
      }
    }
  },
};
