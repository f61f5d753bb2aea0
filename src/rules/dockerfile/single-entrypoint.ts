import { onlyLastCounts } from './last-instruction-wins.js';

export const singleEntrypoint = onlyLastCounts({
  keyword: 'ENTRYPOINT',
  id: 'single-entrypoint',
  aliases: ['DL4004', 'MultipleInstructionsDisallowed'],
  severity: 'error',
  bad: 'FROM debian:bookworm-slim\nENTRYPOINT ["tini", "--"]\nENTRYPOINT ["/app/server"]\n',
  good: 'FROM debian:bookworm-slim\nENTRYPOINT ["tini", "--", "/app/server"]\n',
});
