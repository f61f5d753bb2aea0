/** CMD, ENTRYPOINT and HEALTHCHECK take effect once per stage: the last one wins, earlier ones are dead code. */

import type { Keyword } from '../../parse/dockerfile.js';
import type { DockerfileRule } from '../rule.js';

function onlyLastCounts(
  keyword: Keyword,
  id: string,
  alias: string,
  severity: DockerfileRule['severity'],
  example: { bad: string; good: string },
): DockerfileRule {
  return {
    kind: 'dockerfile',
    id,
    aliases: [alias, 'MultipleInstructionsDisallowed'],
    severity,
    fixable: false,
    docs: {
      summary: `Use one ${keyword} per stage.`,
      why: `Only the last ${keyword} of a stage takes effect; the earlier ones do nothing but mislead whoever reads the file.`,
      ...example,
    },
    check({ model, report }) {
      for (const stage of model.stages) {
        const found = stage.instructions.filter((instruction) => instruction.keyword === keyword);
        for (const extra of found.slice(0, -1)) {
          report({
            range: extra.range,
            message: `only the last ${keyword} of a stage takes effect; this one is ignored`,
          });
        }
      }
    },
  };
}

export const singleCmd = onlyLastCounts('CMD', 'single-cmd', 'DL4003', 'warning', {
  bad: 'FROM node:20-bookworm-slim\nCMD ["node", "migrate.js"]\nCMD ["node", "server.js"]\n',
  good: 'FROM node:20-bookworm-slim\nCMD ["node", "server.js"]\n',
});

export const singleEntrypoint = onlyLastCounts('ENTRYPOINT', 'single-entrypoint', 'DL4004', 'error', {
  bad: 'FROM debian:bookworm-slim\nENTRYPOINT ["tini", "--"]\nENTRYPOINT ["/app/server"]\n',
  good: 'FROM debian:bookworm-slim\nENTRYPOINT ["tini", "--", "/app/server"]\n',
});

export const singleHealthcheck = onlyLastCounts('HEALTHCHECK', 'single-healthcheck', 'DL3012', 'error', {
  bad: 'FROM node:20-bookworm-slim\nHEALTHCHECK CMD ["node", "a.js"]\nHEALTHCHECK CMD ["node", "b.js"]\n',
  good: 'FROM node:20-bookworm-slim\nHEALTHCHECK CMD ["node", "b.js"]\n',
});
