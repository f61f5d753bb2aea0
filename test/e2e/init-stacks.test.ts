import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { missingImages, probeEngine } from './engine.js';
import { buildRunStop, generateInto } from './run-image.js';

const { engine } = probeEngine();
const fixtures = join(import.meta.dirname, '..', 'fixtures', 'apps');
const nodeExample = join(import.meta.dirname, '..', '..', 'examples', 'node-http');

/** Drops the example server's SIGTERM handler, so that only an init can stop it promptly. */
function withoutSigtermHandler(copy: string): void {
  const server = readFileSync(join(copy, 'server.js'), 'utf8');
  writeFileSync(join(copy, 'server.js'), server.slice(0, server.indexOf('// Finish in-flight requests')));
}

interface Stack {
  name: string;
  app: string;
  /** Changes the copied app before init runs on it. */
  change?: (copy: string) => void;
  images: string[];
  port: number;
  expected: Record<string, unknown>;
  maxBytes?: number;
  /** The instruction that starts the app in the generated Dockerfile. */
  runs: string;
}

/** Apps that need only their language's standard library (no package registry is reachable here). */
const STACKS: Stack[] = [
  {
    name: 'node',
    app: nodeExample,
    images: ['node:20-bookworm-slim'],
    port: 3000,
    // The app handles SIGTERM itself, so node is PID 1 and exits 0.
    expected: { user: '1000', healthy: true, response: 200, exitCode: '0' },
    runs: 'CMD ["node", "server.js"]',
  },
  {
    name: 'node-tini',
    app: nodeExample,
    change: withoutSigtermHandler,
    images: ['node:20-bookworm-slim'],
    port: 3000,
    // tini forwards SIGTERM; Node, with no handler, ends by the signal: 128 + 15.
    expected: { user: '1000', healthy: true, response: 200, exitCode: '143' },
    runs: 'ENTRYPOINT ["tini", "--"]',
  },
  {
    name: 'go',
    app: join(fixtures, 'go-root-main'),
    images: ['golang:1.19-bookworm', 'gcr.io/distroless/static-debian12:nonroot'],
    port: 8080,
    // Go's runtime ends on SIGTERM itself; the image is the binary and a probe on a ~2 MB base.
    expected: { user: '65532:65532', healthy: true, response: 200 },
    maxBytes: 20 * 1024 * 1024,
    runs: 'ENTRYPOINT ["/app/hello"]',
  },
  {
    name: 'python',
    app: join(fixtures, 'python-stdlib'),
    images: ['python:3.11-slim-bookworm'],
    port: 8000,
    // No SIGTERM handler: tini forwards the signal and Python ends by it (128 + 15).
    expected: { user: '10001:10001', healthy: true, response: 200, exitCode: '143' },
    maxBytes: 400 * 1024 * 1024,
    runs: 'ENTRYPOINT ["tini", "--"]',
  },
  {
    name: 'rust',
    app: join(fixtures, 'rust-stdlib'),
    images: ['rust:1.63-slim-bookworm', 'gcr.io/distroless/cc-debian12:nonroot'],
    port: 8080,
    expected: { user: '65532:65532', healthy: true, response: 200, exitCode: '143' },
    maxBytes: 30 * 1024 * 1024,
    runs: 'ENTRYPOINT ["/app/tini", "--", "/app/pinger"]',
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
      generateInto(stack.app, dir, stack.change);
      expect(readFileSync(join(dir, 'Dockerfile'), 'utf8')).toContain(stack.runs);
      const result = await buildRunStop(engine.docker, {
        dir,
        tag: `shipshape-e2e/${name}`,
        container: name,
        port: stack.port,
        path: '/health',
      });
      expect(result).toMatchObject(stack.expected);
      expect(result.stopMs).toBeLessThan(3000);
      if (stack.maxBytes !== undefined) expect(result.imageBytes).toBeLessThan(stack.maxBytes);
    });
  }
});
