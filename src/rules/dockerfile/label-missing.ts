import type { DockerfileRule } from '../rule.js';
import { docsSettings, labels } from './label-schema.js';

export const labelMissing: DockerfileRule = {
  kind: 'dockerfile',
  id: 'label-missing',
  aliases: ['DL3049'],
  severity: 'info',
  fixable: false,
  docs: {
    summary: 'Set every label the configured label schema requires.',
    why: "Teams that index images by labels (owner, source repository, version) declare them in `labelSchema` (or hadolint's `label-schema`); an image without them cannot be traced back to its source.",
    bad: 'FROM debian:bookworm-slim\n',
    good: 'FROM debian:bookworm-slim\nLABEL org.opencontainers.image.version="1.4.2"\n',
    settings: docsSettings,
  },
  messages: { labelMissing: 'label {name} is missing' },
  check(context) {
    const schema = context.settings.labelSchema ?? {};
    const final = context.model.stages[context.model.stages.length - 1];
    if (!final) return;
    const present = new Set(labels(context).map(({ pair }) => pair.key));
    for (const name of Object.keys(schema)) {
      if (!present.has(name))
        context.report({ range: final.from.range, messageId: 'labelMissing', data: { name } });
    }
  },
};
