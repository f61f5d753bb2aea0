import type { DockerfileRule } from '../rule.js';
import { imageReference, isStageReference } from './helpers.js';

export const trustedRegistries: DockerfileRule = {
  kind: 'dockerfile',
  id: 'trusted-registries',
  aliases: ['DL3026'],
  severity: 'error',
  fixable: false,
  docs: {
    summary: 'Pull base images only from the registries your configuration trusts.',
    why: 'Organisations often mirror and scan images in their own registry. With `trustedRegistries` set in `.shipshape.yaml` (or `.hadolint.yaml`), a FROM that reaches elsewhere is reported. Docker Hub images count as `docker.io`.',
    bad: 'FROM quay.io/example/tool:1.0\n',
    good: 'FROM docker.io/library/debian:bookworm-slim\n',
    settings: { trustedRegistries: ['docker.io'] },
  },
  check({ model, settings, report }) {
    const trusted = settings.trustedRegistries;
    if (!trusted.length) return;
    for (const stage of model.stages) {
      const image = stage.baseImageExpanded;
      if (!image || image === 'scratch' || image.includes('$') || isStageReference(model, image)) continue;
      const registry = imageReference(image).registry ?? 'docker.io';
      const allowed = trusted.some(
        (entry) =>
          entry === registry ||
          (entry.startsWith('*.') && registry.endsWith(entry.slice(1))) ||
          (entry === 'hub.docker.com' && registry === 'docker.io'),
      );
      const word = stage.from.args[0];
      if (!allowed && word)
        report({
          range: word.range,
          message: `${registry} is not a trusted registry (${trusted.join(', ')})`,
        });
    }
  },
};
