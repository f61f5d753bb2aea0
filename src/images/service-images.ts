/**
 * Which line of each service image Compose files get: the choice per image, with its reason, resolved to
 * a tag through the image table so that it is always a maintained tag that exists.
 */

import { type ChosenTag, chooseTag, type NoTag } from './choose-tag.js';
import { type ImageTable, imageTable } from './table.js';
import type { Family } from './tag.js';

interface ServiceImagePolicy {
  image: string;
  constraint?: string;
  flavour?: string[];
  families?: Family[];
  why: string;
}

export const SERVICE_IMAGE_POLICY = {
  postgres: {
    image: 'postgres',
    constraint: '17',
    families: ['debian'],
    why: 'maintained until November 2029; the newest major Debian 13 packages (so the stand-ins match), and before 18 moved its data directory',
  },
  redis: { image: 'redis', families: ['debian'], why: 'the newest maintained line' },
  memcached: {
    image: 'memcached',
    families: ['debian'],
    why: 'one maintained line; its bookworm variant is retired',
  },
  mysql: { image: 'mysql', constraint: '8.4', why: 'the long-term support line' },
  mongo: {
    image: 'mongo',
    constraint: '8.0',
    families: ['ubuntu'],
    why: 'the major release; the later 8.x are rapid releases with shorter support',
  },
  rabbitmq: { image: 'rabbitmq', flavour: ['management'], why: 'the newest line, with the management UI' },
  kafka: {
    image: 'apache/kafka',
    why: "Apache's own image: the newest supported release (it publishes exact releases only); single-node KRaft by default",
  },
  elasticsearch: {
    image: 'elasticsearch',
    why: 'the newest release (the image publishes exact versions only)',
  },
  caddy: {
    image: 'caddy',
    families: ['alpine'],
    why: "Caddy supports only its latest release, so the major's tag (2-alpine follows 2.11, 2.12...) is the one that gets fixes; Alpine, the image's only Linux variant, named rather than the shared tag, which also lists Windows images",
  },
} satisfies Record<string, ServiceImagePolicy>;

export type ServiceImageKind = keyof typeof SERVICE_IMAGE_POLICY;

export function serviceImage(
  kind: ServiceImageKind,
  today: string,
  table: ImageTable = imageTable,
): ChosenTag | NoTag {
  const policy: ServiceImagePolicy = SERVICE_IMAGE_POLICY[kind];
  return chooseTag(
    policy.image,
    {
      constraint: policy.constraint,
      flavour: policy.flavour ?? [],
      ...(policy.families ? { families: policy.families } : {}),
      today,
    },
    table,
  );
}
