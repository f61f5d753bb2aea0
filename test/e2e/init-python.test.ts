import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
const fixture = join(import.meta.dirname, '..', 'fixtures', 'apps', 'python-stdlib');

describe.skipIf(!engine)('init output for a Python app, built and run on the real engine', () => {
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-init-python-'));
  const name = `init-python-${process.pid}`;
  afterAll(() => {
    engine?.docker(['rm', '-f', name]);
    engine?.docker(['rmi', '-f', `shipshape-e2e/${name}`]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('needs the Python stand-in image', () => {
    if (!engine) return;
    expect(missingImages(engine, ['python:3.11-slim-bookworm']), 'run `npm run standins` first').toEqual([]);
  });

  it('runs from a virtual environment as UID 10001, probes with Python itself, and stops under tini', async () => {
    if (!engine) return;
    cpSync(fixture, dir, { recursive: true });
    const fs = nodeFileSystem();
    for (const file of initFiles(detectRepository(fileView(fs, dir)), (appPath) =>
      appFacts(fs, join(dir, appPath)),
    )) {
      writeFileSync(join(dir, file.path), file.content);
    }
    expect(readFileSync(join(dir, 'Dockerfile'), 'utf8')).toContain('ENTRYPOINT ["tini", "--"]');
    const result = await buildRunStop(engine.docker, {
      dir,
      tag: `shipshape-e2e/${name}`,
      container: name,
      port: 8000,
      path: '/health',
    });
    // The script has no SIGTERM handler: tini forwards the signal and Python ends by it (128 + 15).
    expect(result).toMatchObject({ user: '10001:10001', healthy: true, response: 200, exitCode: '143' });
    expect(result.stopMs).toBeLessThan(3000);
  });
});
