import { onlyLastCounts } from './last-instruction-wins.js';

export const singleHealthcheck = onlyLastCounts({
  keyword: 'HEALTHCHECK',
  id: 'single-healthcheck',
  aliases: ['DL3012', 'MultipleInstructionsDisallowed'],
  severity: 'error',
  bad: 'FROM node:20-bookworm-slim\nHEALTHCHECK CMD ["node", "a.js"]\nHEALTHCHECK CMD ["node", "b.js"]\n',
  good: 'FROM node:20-bookworm-slim\nHEALTHCHECK CMD ["node", "b.js"]\n',
});
