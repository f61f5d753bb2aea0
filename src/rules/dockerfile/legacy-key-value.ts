import type { DockerfileRule } from '../rule.js';

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
  check({ model, report }) {
    for (const instruction of model.instructions) {
      if ((instruction.keyword !== 'ENV' && instruction.keyword !== 'LABEL') || !instruction.legacyForm)
        continue;
      const pair = instruction.pairs[0];
      if (!pair) continue;
      const value = pair.value ?? '';
      const quoted = /^(["']).*\1$/.test(value) || !/[\s"'\\$]/.test(value) ? value : JSON.stringify(value);
      const singleLine = instruction.restRange.start.line === instruction.restRange.end.line;
      report({
        range: instruction.restRange,
        message: `use ${instruction.keyword} ${pair.key}=<value> instead of the legacy space-separated form`,
        fix: singleLine ? [{ range: instruction.restRange, text: `${pair.key}=${quoted}` }] : undefined,
      });
    }
  },
};
