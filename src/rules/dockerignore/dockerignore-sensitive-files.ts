import { isExcluded } from '../../parse/dockerignore.js';
import type { DockerignoreRule } from '../rule.js';

const SENSITIVE = ['.git', '.env', '.env.local', '.env.production'];

export const dockerignoreSensitiveFiles: DockerignoreRule = {
  kind: 'dockerignore',
  id: 'dockerignore-sensitive-files',
  aliases: [],
  severity: 'warning',
  fixable: false,
  docs: {
    summary: 'Keep .git and .env files out of the build context.',
    why: 'Whatever the context holds can reach an image through `COPY . .`: the `.git` history (with every secret ever committed) and `.env` files with real credentials. Exclude them here; keep `!.env.example` if the image needs the template.',
    bad: 'node_modules\n',
    good: '.git\n.env*\n!.env.example\nnode_modules\n',
  },
  check({ ignore, report }) {
    const sent = SENSITIVE.filter((path) => !isExcluded(ignore, path));
    if (!sent.length) return;
    const first = ignore.patterns[0]?.range ?? {
      start: { line: 1, column: 1 },
      end: { line: 1, column: 1 },
      startOffset: 0,
      endOffset: 0,
    };
    report({ range: first, message: `${sent.join(', ')} would be sent in the build context: exclude them` });
  },
};
