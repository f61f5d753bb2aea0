import type { DockerfileRule } from '../rule.js';
import { docsSettings, labels } from './label-schema.js';

export const labelEmpty: DockerfileRule = {
  kind: 'dockerfile',
  id: 'label-empty',
  aliases: ['DL3051'],
  severity: 'warning',
  fixable: false,
  docs: {
    summary: 'Do not leave a schema label empty.',
    why: 'An empty required label satisfies the schema in name only.',
    bad: 'FROM debian:bookworm-slim\nLABEL org.opencontainers.image.version=""\n',
    good: 'FROM debian:bookworm-slim\nLABEL org.opencontainers.image.version="1.4.2"\n',
    settings: docsSettings,
  },
  messages: { labelEmpty: 'label {key} is empty' },
  check(context) {
    const schema = context.settings.labelSchema ?? {};
    for (const { pair, value } of labels(context)) {
      if (pair.key in schema && value.trim() === '')
        context.report({ range: pair.range, messageId: 'labelEmpty', data: { key: pair.key } });
    }
  },
};
