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
const fixture = join(import.meta.dirname, '..', 'fixtures', 'apps', 'go-root-main');

describe.skipIf(!engine)('init output for a Go app, built and run on the real engine', () => {
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-init-go-'));
  const name = `init-go-${process.pid}`;
  afterAll(() => {
    engine?.docker(['rm', '-f', name]);
    engine?.docker(['rmi', '-f', `shipshape-e2e/${name}`]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('needs the Go and distroless stand-in images', () => {
    if (!engine) return;
    expect(
      missingImages(engine, ['golang:1.19-bookworm', 'gcr.io/distroless/static-debian12:nonroot']),
      'run `npm run standins` first',
    ).toEqual([]);
  });

  it('builds a static binary onto distroless, probes it without a shell, and stops it at once', async () => {
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
    expect(result).toMatchObject({ user: '65532:65532', healthy: true, response: 200 });
    expect(result.stopMs).toBeLessThan(3000);
    // The binary and the probe, on a base of about 2 MB.
    expect(result.imageBytes).toBeLessThan(20 * 1024 * 1024);
  });
});
