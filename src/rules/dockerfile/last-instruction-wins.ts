/** CMD, ENTRYPOINT and HEALTHCHECK take effect once per stage: the last one wins, earlier ones are dead code. */

import type { Keyword } from '../../parse/dockerfile.js';
import type { DockerfileRule } from '../rule.js';

export interface SingleInstruction {
  keyword: Keyword;
  id: string;
  aliases: string[];
  severity: DockerfileRule['severity'];
  bad: string;
  good: string;
}

/** A rule for one keyword: every occurrence of it but the last in a stage is reported. */
export function onlyLastCounts({
  keyword,
  id,
  aliases,
  severity,
  ...example
}: SingleInstruction): DockerfileRule {
  return {
    kind: 'dockerfile',
    id,
    aliases,
    severity,
    fixable: false,
    docs: {
      summary: `Use one ${keyword} per stage.`,
      why: `Only the last ${keyword} of a stage takes effect; the earlier ones do nothing but mislead whoever reads the file.`,
      ...example,
    },
    messages: { ignored: 'only the last {keyword} of a stage takes effect; this one is ignored' },
    check({ model, report }) {
      for (const stage of model.stages) {
        const found = stage.instructions.filter((instruction) => instruction.keyword === keyword);
        for (const extra of found.slice(0, -1)) {
          report({
            range: extra.range,
            messageId: 'ignored',
            data: { keyword },
          });
        }
      }
    },
  };
}
