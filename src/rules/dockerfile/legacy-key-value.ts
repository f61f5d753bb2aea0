import { splitWords } from '../../parse/dockerfile-words.js';
import type { DockerfileRule } from '../rule.js';

/**
 * The value text that means in `KEY=<text>` what `raw` means after `ENV KEY `: Docker reads both with the
 * same word rules (escapes, quotes, variables), so one word carries over verbatim (`C:\\go` stays `C:\\go`,
 * under either escape character). Several words lose their spaces in the new form unless quoted; plain
 * ones are wrapped in double quotes, and when quoting would change how escapes, quotes or variables read,
 * there is no fix (undefined) and the finding stands alone.
 */
function newFormValue(raw: string, escapeChar: string): string | undefined {
  if (splitWords(raw, escapeChar).length <= 1) return raw;
  if (/["'$`\\]/.test(raw) || raw.includes(escapeChar)) return undefined;
  return `"${raw}"`;
}

export const legacyKeyValue: DockerfileRule = {
  kind: 'dockerfile',
  id: 'legacy-key-value',
  aliases: ['LegacyKeyValueFormat'],
  severity: 'warning',
  fixable: true,
  docs: {
    summary: 'Write ENV and LABEL as key=value.',
    why: '`ENV NAME value with spaces` is the legacy form: it allows one variable per line and reads differently from every other key=value in the file. BuildKit warns about it; the `=` form is unambiguous.',
    bad: 'FROM debian:bookworm-slim\nENV APP_HOME /srv/app\n',
    good: 'FROM debian:bookworm-slim\nENV APP_HOME=/srv/app\n',
  },
  messages: { legacyForm: 'use {keyword} {key}=<value> instead of the legacy space-separated form' },
  check({ model, report }) {
    for (const instruction of model.instructions) {
      if ((instruction.keyword !== 'ENV' && instruction.keyword !== 'LABEL') || !instruction.legacyForm)
        continue;
      const pair = instruction.pairs[0];
      if (!pair) continue;
      const value = newFormValue(pair.value ?? '', model.escape);
      const singleLine = instruction.restRange.start.line === instruction.restRange.end.line;
      report({
        range: instruction.restRange,
        messageId: 'legacyForm',
        data: { keyword: instruction.keyword, key: pair.key },
        fix:
          singleLine && value !== undefined
            ? [{ range: instruction.restRange, text: `${pair.key}=${value}` }]
            : undefined,
      });
    }
  },
};
