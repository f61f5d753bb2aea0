import type { DockerfileRule } from '../rule.js';
import { commandsOf, wordRange } from './helpers.js';

const DEPRECATED = new Set(['--only=production', '--only=prod', '--production', '--prod']);

export const npmOmitDev: DockerfileRule = {
  kind: 'dockerfile',
  id: 'npm-omit-dev',
  aliases: [],
  severity: 'warning',
  fixable: true,
  docs: {
    summary: 'Use --omit=dev, not --only=production or --production, to skip devDependencies.',
    why: 'Since npm 7, `--only=production` and `--production` are deprecated spellings that npm warns about and that newer releases drop; many guides (and older Docker examples) still show them. `--omit=dev` is the supported flag and means the same.',
    bad: 'FROM node:20-bookworm-slim\nRUN npm ci --only=production\n',
    good: 'FROM node:20-bookworm-slim\nRUN npm ci --omit=dev\n',
  },
  messages: { deprecated: '{value} is deprecated: use --omit=dev' },
  check({ model, report }) {
    for (const site of commandsOf(model, ['npm'], ['ci', 'install', 'i', 'prune'])) {
      for (const arg of site.command.args) {
        if (!arg.value || !DEPRECATED.has(arg.value) || arg.raw !== arg.value) continue;
        const range = wordRange(model, site, arg);
        report({
          range,
          messageId: 'deprecated',
          data: { value: arg.value },
          fix: [{ range, text: '--omit=dev' }],
        });
      }
    }
  },
};
