import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { missingImages, probeEngine } from './engine.js';
import { buildRunStop, generateInto } from './run-image.js';

const { engine } = probeEngine();
const fixtures = join(import.meta.dirname, '..', 'fixtures', 'apps');

/** Apps that need only their language's standard library (no package registry is reachable here). */
const STACKS = [
  {
    name: 'go',
    fixture: 'go-root-main',
    images: ['golang:1.19-bookworm', 'gcr.io/distroless/static-debian12:nonroot'],
    port: 8080,
    // Go's runtime ends on SIGTERM itself; the image is the binary and a probe on a ~2 MB base.
    expected: { user: '65532:65532', healthy: true, response: 200 },
    maxBytes: 20 * 1024 * 1024,
    entrypoint: '["/app/hello"]',
  },
  {
    name: 'python',
    fixture: 'python-stdlib',
    images: ['python:3.11-slim-bookworm'],
    port: 8000,
    // No SIGTERM handler: tini forwards the signal and Python ends by it (128 + 15).
    expected: { user: '10001:10001', healthy: true, response: 200, exitCode: '143' },
    maxBytes: 400 * 1024 * 1024,
    entrypoint: '["tini", "--"]',
  },
  {
    name: 'rust',
    fixture: 'rust-stdlib',
    images: ['rust:1.63-slim-bookworm', 'gcr.io/distroless/cc-debian12:nonroot'],
    port: 8080,
    expected: { user: '65532:65532', healthy: true, response: 200, exitCode: '143' },
    maxBytes: 30 * 1024 * 1024,
    entrypoint: '["/app/tini", "--", "/app/pinger"]',
  },
];

describe.skipIf(!engine)('init output built and run on the real engine', () => {
  const cleanup: Array<() => void> = [];
  afterAll(() => {
    for (const step of cleanup) step();
  });

  for (const stack of STACKS) {
    it(`${stack.name}: healthy as a non-root user, answers on 127.0.0.1, stops within 3 s`, async () => {
      if (!engine) return;
      expect(missingImages(engine, stack.images), 'run `npm run standins` first').toEqual([]);
      const dir = mkdtempSync(join(tmpdir(), `shipshape-init-${stack.name}-`));
      const name = `init-${stack.name}-${process.pid}`;
      cleanup.push(() => {
        engine.docker(['rm', '-f', name]);
        engine.docker(['rmi', '-f', `shipshape-e2e/${name}`]);
        rmSync(dir, { recursive: true, force: true });
      });
      generateInto(join(fixtures, stack.fixture), dir);
      expect(readFileSync(join(dir, 'Dockerfile'), 'utf8')).toContain(`ENTRYPOINT ${stack.entrypoint}`);
      const result = await buildRunStop(engine.docker, {
        dir,
        tag: `shipshape-e2e/${name}`,
        container: name,
        port: stack.port,
        path: '/health',
      });
      expect(result).toMatchObject(stack.expected);
      expect(result.stopMs).toBeLessThan(3000);
      expect(result.imageBytes).toBeLessThan(stack.maxBytes);
    });
  }
});
