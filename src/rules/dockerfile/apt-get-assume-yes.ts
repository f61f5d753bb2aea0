import type { DockerfileRule } from '../rule.js';
import { aptGetInstalls, installWord } from './apt.js';
import { afterWord, commandRange } from './helpers.js';

/** `-y`, `--yes`, `--assume-yes`, or quiet level 2 (`-qq`, `-q=2`, `--quiet --quiet`), which implies yes. */
function answersYes(args: Array<{ value: string | undefined }>): boolean {
  let quiet = 0;
  for (const { value } of args) {
    if (!value) continue;
    if (value === '--yes' || value === '--assume-yes' || value === '--force-yes') return true;
    if (/^(-y|--yes|--assume-yes)=(1|yes|true)$/i.test(value)) return true;
    const level = /^(?:-q|--quiet)=(\d+)$/.exec(value);
    if (level) quiet += Number(level[1]);
    if (value === '--quiet') quiet++;
    if (/^-[a-zA-Z]+$/.test(value)) {
      if (value.includes('y')) return true;
      quiet += [...value].filter((ch) => ch === 'q').length;
    }
  }
  return quiet >= 2;
}

export const aptGetAssumeYes: DockerfileRule = {
  kind: 'dockerfile',
  id: 'apt-get-assume-yes',
  aliases: ['DL3014'],
  severity: 'warning',
  fixable: true,
  docs: {
    summary: 'Pass -y to apt-get install.',
    why: 'A build has no terminal to answer "Do you want to continue?". Without `-y` apt-get aborts as soon as a package pulls in anything extra, so the build fails on the day a dependency changes.',
    bad: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install --no-install-recommends curl\n',
    good: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n',
  },
  check({ model, report }) {
    for (const site of aptGetInstalls(model)) {
      if (answersYes(site.command.args)) continue;
      const install = installWord(site.command);
      report({
        range: commandRange(model, site),
        message: 'apt-get install needs -y: a build cannot answer its prompt',
        fix: install ? [{ range: afterWord(model, site, install), text: ' -y' }] : undefined,
      });
    }
  },
};
