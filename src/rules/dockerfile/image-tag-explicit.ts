import type { DockerfileRule } from '../rule.js';
import { imageReference, isStageReference } from './helpers.js';

export const imageTagExplicit: DockerfileRule = {
  kind: 'dockerfile',
  id: 'image-tag-explicit',
  aliases: ['DL3006'],
  severity: 'warning',
  fixable: false,
  docs: {
    summary: 'Name a tag (or digest) for every base image.',
    why: 'Without a tag Docker pulls `latest`, which moves: the next build may get a new major version of the runtime. Name the version line you tested (`node:20-bookworm-slim`), or a digest for exact reproducibility.',
    bad: 'FROM node\n',
    good: 'FROM node:20-bookworm-slim\n',
  },
  messages: { noTag: '{image} has no tag: Docker will pull latest' },
  check({ model, report }) {
    for (const stage of model.stages) {
      const image = stage.baseImageExpanded;
      if (!image || image === 'scratch' || image.includes('$') || isStageReference(model, image)) continue;
      const reference = imageReference(image);
      if (reference.tag === undefined && reference.digest === undefined) {
        const word = stage.from.args[0];
        if (word) report({ range: word.range, messageId: 'noTag', data: { image } });
      }
    }
  },
};
