import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { appFacts } from '../../src/detect/app-facts.js';
import { fileView } from '../../src/detect/file-view.js';
import { detectRepository } from '../../src/detect/index.js';
import { nodeFileSystem } from '../../src/io/file-system.js';
import { initFiles } from '../../src/plan/init-plan.js';
import { missingImages, probeEngine } from './engine.js';
import { buildRunStop } from './run-image.js';

const { engine } = probeEngine();
const fixture = join(import.meta.dirname, '..', 'fixtures', 'apps', 'rust-stdlib');

describe.skipIf(!engine)('init output for a Rust app, built and run on the real engine', () => {
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-init-rust-'));
  const name = `init-rust-${process.pid}`;
  afterAll(() => {
    engine?.docker(['rm', '-f', name]);
    engine?.docker(['rmi', '-f', `shipshape-e2e/${name}`]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('needs the Rust and distroless cc stand-in images', () => {
    if (!engine) return;
    expect(
      missingImages(engine, ['rust:1.63-slim-bookworm', 'gcr.io/distroless/cc-debian12:nonroot']),
      'run `npm run standins` first',
    ).toEqual([]);
  });

  it('builds onto distroless cc, probes without a shell, and stops through tini-static at once', async () => {
    if (!engine) return;
    cpSync(fixture, dir, { recursive: true });
    const fs = nodeFileSystem();
    for (const file of initFiles(detectRepository(fileView(fs, dir)), (appPath) =>
      appFacts(fs, join(dir, appPath)),
    )) {
      writeFileSync(join(dir, file.path), file.content);
    }
    const result = await buildRunStop(engine.docker, {
      dir,
      tag: `shipshape-e2e/${name}`,
      container: name,
      port: 8080,
      path: '/health',
    });
    // The server has no SIGTERM handler: tini forwards the signal and the process ends by it (128 + 15).
    expect(result).toMatchObject({ user: '65532:65532', healthy: true, response: 200, exitCode: '143' });
    expect(result.stopMs).toBeLessThan(3000);
    expect(result.imageBytes).toBeLessThan(30 * 1024 * 1024);
  });
});
