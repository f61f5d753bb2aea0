import type { Range } from '../../core/source.js';
import type { DockerfileRule } from '../rule.js';
import { imageReference, isStageReference, runInstruction } from './helpers.js';

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
    const allowed = (registry: string) =>
      trusted.some(
        (entry) =>
          entry === '*' ||
          entry === registry ||
          (entry.startsWith('*.') && registry.endsWith(entry.slice(1))) ||
          (entry === 'hub.docker.com' && registry === 'docker.io'),
      );
    const judge = (image: string | undefined, range: Range | undefined) => {
      if (!image || !range || image === 'scratch' || image.includes('$') || isStageReference(model, image))
        return;
      if (/^\d+$/.test(image)) return; // a stage index
      const registry = imageReference(image).registry ?? 'docker.io';
      if (!allowed(registry))
        report({ range, message: `${registry} is not a trusted registry (${trusted.join(', ')})` });
    };
    for (const stage of model.stages) judge(stage.baseImageExpanded, stage.from.args[0]?.range);
    // Images pulled by COPY --from=<image> and RUN --mount=...,from=<image> reach the build as well.
    for (const instruction of model.instructions) {
      const run = runInstruction(instruction);
      for (const flag of run.flags) {
        if (flag.name === 'from' && run.keyword === 'COPY') judge(flag.value, flag.range);
        if (flag.name === 'mount') {
          const from = /(?:^|,)from=([^,]+)/.exec(flag.value ?? '')?.[1];
          judge(from, flag.range);
        }
      }
    }
  },
};
