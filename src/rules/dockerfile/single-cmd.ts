import { onlyLastCounts } from './last-instruction-wins.js';

export const singleCmd = onlyLastCounts({
  keyword: 'CMD',
  id: 'single-cmd',
  aliases: ['DL4003', 'MultipleInstructionsDisallowed'],
  severity: 'warning',
  bad: 'FROM node:20-bookworm-slim\nCMD ["node", "migrate.js"]\nCMD ["node", "server.js"]\n',
  good: 'FROM node:20-bookworm-slim\nCMD ["node", "server.js"]\n',
});
