import { describe, expect, it } from 'vitest';
import { SERVICE_IMAGE_POLICY, type ServiceImageKind, serviceImage } from './service-images.js';
import { imageTable } from './table.js';

const today = '2026-12-01';

describe('service images', () => {
  it.each(Object.keys(SERVICE_IMAGE_POLICY) as ServiceImageKind[])(
    '%s is a maintained tag in support',
    (kind) => {
      const chosen = serviceImage(kind, today);
      if (!chosen.ok) throw new Error(chosen.reason);
      expect(imageTable.images[chosen.image]?.maintained).toContain(chosen.tag);
      expect(chosen.warnings).toEqual([]);
    },
  );

  it.each([
    ['postgres', 'postgres:17-trixie'],
    ['memcached', 'memcached:1.6-trixie'],
    ['mysql', 'mysql:8.4'],
    ['mongo', 'mongo:8.0-noble'],
    ['caddy', 'caddy:2-alpine'],
  ] as const)('%s -> %s', (kind, reference) => {
    expect(serviceImage(kind, today)).toMatchObject({ ok: true, reference });
  });

  it('gives rabbitmq the management flavour and elasticsearch an exact release', () => {
    expect(serviceImage('rabbitmq', today)).toMatchObject({
      ok: true,
      tag: expect.stringMatching(/^4\.\d+-management$/),
    });
    expect(serviceImage('elasticsearch', today)).toMatchObject({
      ok: true,
      tag: expect.stringMatching(/^\d+\.\d+\.\d+$/),
    });
  });
});
