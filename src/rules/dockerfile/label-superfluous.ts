import type { DockerfileRule } from '../rule.js';
import { docsSettings, labels } from './label-schema.js';

export const labelSuperfluous: DockerfileRule = {
  kind: 'dockerfile',
  id: 'label-superfluous',
  aliases: ['DL3050'],
  severity: 'info',
  fixable: false,
  docs: {
    summary: 'With strict labels on, set only the labels in the schema.',
    why: 'A strict schema keeps label names consistent across a fleet of images; an unknown label is usually a typo of a known one.',
    bad: 'FROM debian:bookworm-slim\nLABEL org.opencontainers.image.version="1.4.2" versoin="1.4.2"\n',
    good: 'FROM debian:bookworm-slim\nLABEL org.opencontainers.image.version="1.4.2"\n',
    settings: { ...docsSettings, strictLabels: true },
  },
  messages: { notInSchema: 'label {key} is not in the label schema' },
  check(context) {
    if (!context.settings.strictLabels) return;
    const schema = context.settings.labelSchema ?? {};
    for (const { pair } of labels(context)) {
      if (!(pair.key in schema))
        context.report({ range: pair.range, messageId: 'notInSchema', data: { key: pair.key } });
    }
  },
};
