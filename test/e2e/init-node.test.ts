import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { missingImages, probeEngine } from './engine.js';
import { buildRunStop, generateInto } from './run-image.js';

const { engine } = probeEngine();
const example = join(import.meta.dirname, '..', '..', 'examples', 'node-http');

/** A copy of the example app with the files init writes, optionally without its SIGTERM handler. */
function appWithGeneratedFiles(handlesSigterm: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-init-e2e-'));
  generateInto(example, dir, (copy) => {
    if (handlesSigterm) return;
    const server = readFileSync(join(copy, 'server.js'), 'utf8');
    writeFileSync(join(copy, 'server.js'), server.slice(0, server.indexOf('// Finish in-flight requests')));
  });
  return dir;
}

describe.skipIf(!engine)('init output for a Node app, built and run on the real engine', () => {
  const dirs: string[] = [];
  const names: string[] = [];
  afterAll(() => {
    for (const name of names) engine?.docker(['rm', '-f', name]);
    for (const name of names) engine?.docker(['rmi', '-f', `shipshape-e2e/${name}`]);
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('needs the Node stand-in image', () => {
    if (!engine) return;
    expect(missingImages(engine, ['node:20-bookworm-slim']), 'run `npm run standins` first').toEqual([]);
  });

  it('runs as UID 1000, becomes healthy, answers on 127.0.0.1, and stops on SIGTERM at once', async () => {
    if (!engine) return;
    const dir = appWithGeneratedFiles(true);
    dirs.push(dir);
    const name = `init-node-${process.pid}`;
    names.push(name);
    const result = await buildRunStop(engine.docker, {
      dir,
      tag: `shipshape-e2e/${name}`,
      container: name,
      port: 3000,
      path: '/health',
    });
    expect(result).toMatchObject({ user: '1000', healthy: true, response: 200, exitCode: '0' });
    expect(result.stopMs).toBeLessThan(3000);
  });

  it('runs an app without a SIGTERM handler under tini, so it still stops at once', async () => {
    if (!engine) return;
    const dir = appWithGeneratedFiles(false);
    dirs.push(dir);
    expect(readFileSync(join(dir, 'Dockerfile'), 'utf8')).toContain('ENTRYPOINT ["tini", "--"]');
    const name = `init-node-tini-${process.pid}`;
    names.push(name);
    const result = await buildRunStop(engine.docker, {
      dir,
      tag: `shipshape-e2e/${name}`,
      container: name,
      port: 3000,
      path: '/health',
    });
    // tini forwards SIGTERM; Node, with no handler, ends by the signal: 128 + 15.
    expect(result).toMatchObject({ user: '1000', healthy: true, response: 200, exitCode: '143' });
    expect(result.stopMs).toBeLessThan(3000);
  });
});
