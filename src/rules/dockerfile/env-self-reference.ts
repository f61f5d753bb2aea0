import { referencedVariables } from '../../parse/dockerfile-words.js';
import type { DockerfileRule } from '../rule.js';

export const envSelfReference: DockerfileRule = {
  kind: 'dockerfile',
  id: 'env-self-reference',
  aliases: ['DL3044'],
  severity: 'error',
  fixable: false,
  docs: {
    summary: 'Do not use a variable in the same ENV that defines it.',
    why: 'All pairs of one ENV are expanded with the values from before it: in `ENV A=1 B=$A`, B gets the old A (often empty), not 1. Split the definitions into two ENV instructions.',
    bad: 'FROM debian:bookworm-slim\nENV APP_HOME=/srv/app APP_BIN=$APP_HOME/bin\n',
    good: 'FROM debian:bookworm-slim\nENV APP_HOME=/srv/app\nENV APP_BIN=$APP_HOME/bin\n',
  },
  messages: { sameEnv: '{used} is defined in this same ENV, so {key} gets its previous value' },
  check({ model, report }) {
    for (const instruction of model.instructions) {
      if (instruction.keyword !== 'ENV' || instruction.legacyForm) continue;
      const defined = new Set<string>();
      for (const pair of instruction.pairs) {
        const used = referencedVariables(pair.value ?? '').find((name) => defined.has(name));
        if (used)
          report({
            range: pair.range,
            messageId: 'sameEnv',
            data: { used, key: pair.key },
          });
        defined.add(pair.key);
      }
    }
  },
};
