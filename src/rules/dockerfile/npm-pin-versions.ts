import type { DockerfileRule } from '../rule.js';
import { commandsOf, packageArgs, wordRange } from './helpers.js';

/** `name@1.2.3`, `@scope/name@^1`, a path, a tarball, a git or http URL. */
function pinned(spec: string): boolean {
  const versionAt = spec.startsWith('@') ? spec.indexOf('@', 1) : spec.indexOf('@');
  return (
    versionAt > 0 ||
    /^(\.|\/|~|file:|git[+:]|https?:|github:)/.test(spec) ||
    /\.(tgz|tar|tar\.gz)$/.test(spec)
  );
}

export const npmPinVersions: DockerfileRule = {
  kind: 'dockerfile',
  id: 'npm-pin-versions',
  aliases: ['DL3016'],
  severity: 'warning',
  fixable: false,
  docs: {
    summary: 'Pin the versions of packages installed by name with npm.',
    why: '`npm install -g typescript` installs whatever is newest when the image is built. Pin `typescript@5.9.3`; for the app itself, install from the lock file with `npm ci`.',
    bad: 'FROM node:20-bookworm-slim\nRUN npm install -g pm2\n',
    good: 'FROM node:20-bookworm-slim\nRUN npm install -g pm2@5.4.2\n',
  },
  check({ model, report }) {
    for (const site of commandsOf(model, ['npm'], ['install', 'i', 'add'])) {
      for (const pkg of packageArgs(
        site.command,
        ['install', 'i', 'add'],
        ['--prefix', '--registry', '--cache', '-w', '--workspace'],
      )) {
        const name = pkg.value;
        if (name === undefined || pinned(name)) continue;
        report({
          range: wordRange(model, site, pkg),
          message: `pin the version of ${name} (${name}@<version>)`,
        });
      }
    }
  },
};
