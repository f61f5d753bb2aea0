import type { DockerignoreRule } from '../rule.js';

/** Names that appear at any depth of a repository, so a root-only pattern misses most of them. */
const NESTED =
  /^(node_modules|__pycache__|\.pytest_cache|\.mypy_cache|\.venv|venv|\.next|\.nuxt|dist|build|target|coverage|\.turbo|\.gradle|bin|obj|\.DS_Store|Thumbs\.db|\*\.log|\*\.pyc|\.env(\*|\.\*|\.local)?)$/;

export const dockerignoreRootOnlyPattern: DockerignoreRule = {
  kind: 'dockerignore',
  id: 'dockerignore-root-only-pattern',
  aliases: [],
  severity: 'info',
  fixable: false,
  docs: {
    summary: 'Use **/ for names that occur at any depth (node_modules, __pycache__, .env).',
    why: "Unlike .gitignore, a .dockerignore pattern without a slash matches only at the root of the context: `node_modules` leaves `packages/api/node_modules` in the context (slow builds, and the host's native modules copied into the image), and `.env` leaves `apps/web/.env` in. Write `**/node_modules`.",
    bad: 'node_modules\n.env\n',
    good: '**/node_modules\n**/.env\n',
  },
  messages: {
    matchesOnlyRoot: '{pattern} matches only at the root of the context; **/{pattern} matches it everywhere',
  },
  check({ ignore, report }) {
    for (const pattern of ignore.patterns) {
      if (pattern.exclusion || pattern.pattern.includes('/') || !NESTED.test(pattern.pattern)) continue;
      report({
        range: pattern.range,
        messageId: 'matchesOnlyRoot',
        data: { pattern: pattern.pattern },
      });
    }
  },
};
