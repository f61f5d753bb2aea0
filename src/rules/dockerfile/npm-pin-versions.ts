import type { DockerfileRule } from '../rule.js';
import { commandsOf, packageArgs, wordRange } from './helpers.js';

/**
 * `name@1.2.3` or a range (`@scope/name@">=0.1 <0.2"`: the author chose it), a path, a tarball, an http URL;
 * a git URL only with a `#<commit-ish>`, since without one it follows the default branch.
 */
function pinned(spec: string): boolean {
  if (/^(git[+:]|github:)/.test(spec)) return spec.includes('#');
  const versionAt = spec.startsWith('@') ? spec.indexOf('@', 1) : spec.indexOf('@');
  return versionAt > 0 || /^(\.|\/|~|file:|https?:)/.test(spec) || /\.(tgz|tar|tar\.gz)$/.test(spec);
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
  messages: { pin: 'pin the version of {name} ({name}@<version>)' },
  check({ model, report }) {
    for (const site of commandsOf(model, ['npm'], ['install', 'i', 'add'])) {
      for (const pkg of packageArgs(
        site.command,
        ['install', 'i', 'add'],
        ['--prefix', '--registry', '--cache', '-w', '--workspace', '--loglevel', '--userconfig', '--tag'],
      )) {
        const name = pkg.value;
        if (name === undefined || pinned(name)) continue;
        report({
          range: wordRange(model, site, pkg),
          messageId: 'pin',
          data: { name },
        });
      }
    }
  },
};
