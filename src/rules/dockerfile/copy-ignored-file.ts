import { decidingPattern } from '../../parse/dockerignore.js';
import type { DockerfileRule } from '../rule.js';

export const copyIgnoredFile: DockerfileRule = {
  kind: 'dockerfile',
  id: 'copy-ignored-file',
  aliases: ['CopyIgnoredFile'],
  severity: 'warning',
  fixable: false,
  docs: {
    summary: 'Do not COPY a file that .dockerignore leaves out of the context.',
    why: 'A file excluded by .dockerignore is not in the build context: `COPY .env.production .` then fails with "not found", or a wildcard silently copies nothing. Either the COPY or the ignore line is a mistake.',
    bad: 'FROM node:20-bookworm-slim\nCOPY dist/ /app/\n',
    good: 'FROM node:20-bookworm-slim\nCOPY src/ /app/src/\n',
    dockerignore: 'node_modules\ndist\n.env\n',
  },
  check({ model, dockerignore: ignore, report }) {
    if (!ignore) return;
    for (const instruction of model.instructions) {
      if (
        (instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD') ||
        instruction.flags.some((f) => f.name === 'from') ||
        instruction.heredocs.length
      )
        continue;
      const words = instruction.exec ? [] : instruction.args.slice(0, -1);
      for (const word of words) {
        const source = word.raw.replace(/^\.\//, '').replace(/\/$/, '');
        if (!source || source === '.' || /[*?[$]/.test(source) || /^https?:/.test(source)) continue;
        const pattern = decidingPattern(ignore, source);
        if (pattern && !pattern.exclusion) {
          report({
            range: word.range,
            message: `${word.raw} is excluded by .dockerignore line ${pattern.range.start.line} (${pattern.source.trim()}), so it is not in the build context`,
          });
        }
      }
    }
  },
};
