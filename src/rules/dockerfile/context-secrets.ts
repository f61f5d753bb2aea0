import { decidingPattern, isExcluded } from '../../parse/dockerignore.js';
import type { DockerfileRule } from '../rule.js';

/** Paths that must never reach a build context that is copied whole. */
const SENSITIVE = ['.env', '.env.local', '.env.production', '.git', 'id_rsa', '.npmrc', '.aws', 'secrets'];

export const contextSecrets: DockerfileRule = {
  kind: 'dockerfile',
  id: 'context-secrets',
  aliases: [],
  severity: 'warning',
  fixable: false,
  docs: {
    summary: 'Keep .env, .git and keys out of a context that COPY . copies whole.',
    why: '`COPY . .` copies everything .dockerignore lets through. Without a .dockerignore (or with one that misses them), `.env` files with real credentials, the `.git` history, `.npmrc` tokens and SSH keys end up in a layer that anyone with the image can read, even if a later step deletes them.',
    bad: 'FROM node:20-bookworm-slim\nWORKDIR /app\nCOPY . .\n',
    good: 'FROM node:20-bookworm-slim\nWORKDIR /app\nCOPY package.json server.js ./\n',
  },
  check({ model, dockerignore, contextKnown, report }) {
    // Without a build context (text linted on its own) there is no telling what .dockerignore holds.
    if (!contextKnown) return;
    for (const instruction of model.instructions) {
      if (
        (instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD') ||
        instruction.flags.some((f) => f.name === 'from')
      )
        continue;
      const sources = (instruction.exec ?? instruction.args.map((a) => a.raw)).slice(0, -1);
      if (!sources.some((source) => source === '.' || source === './')) continue;
      if (!dockerignore) {
        report({
          range: instruction.range,
          message: 'COPY . with no .dockerignore sends .env files, .git and keys into the image',
        });
        continue;
      }
      const leaking = SENSITIVE.filter((path) => !isExcluded(dockerignore, path));
      if (!leaking.length) continue;
      const reinclude = leaking
        .map((path) => decidingPattern(dockerignore, path))
        .find((pattern) => pattern?.exclusion);
      const why = reinclude
        ? ` (line ${reinclude.range.start.line} of .dockerignore re-includes ${reinclude.pattern})`
        : '';
      report({
        range: instruction.range,
        message: `COPY . would copy ${leaking.join(', ')}: add them to .dockerignore${why}`,
      });
    }
  },
};
