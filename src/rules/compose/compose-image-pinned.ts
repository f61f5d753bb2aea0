import type { ComposeRule } from '../rule.js';
import { at, services } from './helpers.js';

export const composeImagePinned: ComposeRule = {
  kind: 'compose',
  id: 'compose-image-pinned',
  aliases: [],
  severity: 'warning',
  fixable: false,
  docs: {
    summary: 'Pin service images to a version tag or digest, never latest.',
    why: 'An image without a tag is `latest`, which changes under you: `docker compose pull` can bring a new major version of your database on an ordinary Monday. Pin the version you tested (`postgres:16.4-bookworm`), and upgrade on purpose.',
    bad: 'services:\n  db:\n    image: postgres\n',
    good: 'services:\n  db:\n    image: postgres:16.4-bookworm\n',
  },
  check(context) {
    for (const [name, service] of services(context)) {
      // A variable (empty here when it has no default: `${IMAGE:?...}`) is chosen at deploy time.
      if (typeof service.image !== 'string' || !service.image || service.image.includes('$')) continue;
      const image = service.image;
      const [withoutDigest, digest] = image.split('@');
      if (digest) continue;
      const lastSlash = (withoutDigest as string).lastIndexOf('/');
      const colon = (withoutDigest as string).lastIndexOf(':');
      const tag = colon > lastSlash ? (withoutDigest as string).slice(colon + 1) : undefined;
      // A service that is also built names its own image: any tag is fine there.
      if (service.build !== undefined && tag !== 'latest') continue;
      if (tag === undefined || tag === 'latest') {
        context.report({
          range: at(context, ['services', name, 'image']),
          message: tag
            ? `${image} moves with every release: pin a version`
            : `${image} has no tag, so it is latest: pin a version`,
        });
      }
    }
  },
};
