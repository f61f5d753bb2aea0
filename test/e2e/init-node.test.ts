import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { appFacts } from '../../src/detect/app-facts.js';
import { fileView } from '../../src/detect/file-view.js';
import { detectRepository } from '../../src/detect/index.js';
import { nodeFileSystem } from '../../src/io/file-system.js';
import { initFiles } from '../../src/plan/init-plan.js';
import { type Engine, missingImages, probeEngine } from './engine.js';

const { engine } = probeEngine();
const example = join(import.meta.dirname, '..', '..', 'examples', 'node-http');

/** A copy of the example app with the files init writes, optionally without its SIGTERM handler. */
function appWithGeneratedFiles(handlesSigterm: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-init-e2e-'));
  cpSync(example, dir, { recursive: true });
  if (!handlesSigterm) {
    const server = readFileSync(join(dir, 'server.js'), 'utf8');
    writeFileSync(join(dir, 'server.js'), server.slice(0, server.indexOf('// Finish in-flight requests')));
  }
  const fs = nodeFileSystem();
  for (const file of initFiles(detectRepository(fileView(fs, dir)), (appPath) =>
    appFacts(fs, join(dir, appPath)),
  )) {
    writeFileSync(join(dir, file.path), file.content);
  }
  return dir;
}

async function waitFor(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

async function buildRunStop(docker: Engine['docker'], dir: string, tag: string, container: string) {
  const build = docker(['build', '--target', 'production', '-t', tag, dir], { timeoutMs: 600_000 });
  expect(build.status, build.stderr.slice(-2000)).toBe(0);
  const user = docker(['image', 'inspect', '--format', '{{.Config.User}}', tag]).stdout.trim();
  // The image's healthcheck runs every 30 s; the test asks for 1 s so it need not wait.
  const run = docker([
    'run',
    '-d',
    '--name',
    container,
    '-p',
    '127.0.0.1::3000',
    '--health-interval=1s',
    tag,
  ]);
  expect(run.status, run.stderr).toBe(0);
  const healthy = await waitFor(
    () => docker(['inspect', '--format', '{{.State.Health.Status}}', container]).stdout.trim() === 'healthy',
    60_000,
  );
  const port = docker(['port', container, '3000/tcp']).stdout.trim().split(':').pop();
  const response = await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.status);
  const began = Date.now();
  docker(['stop', '-t', '10', container]);
  const stopMs = Date.now() - began;
  const exitCode = docker(['inspect', '--format', '{{.State.ExitCode}}', container]).stdout.trim();
  return { user, healthy, response, stopMs, exitCode };
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
    const result = await buildRunStop(engine.docker, dir, `shipshape-e2e/${name}`, name);
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
    const result = await buildRunStop(engine.docker, dir, `shipshape-e2e/${name}`, name);
    // tini forwards SIGTERM; Node, with no handler, ends by the signal: 128 + 15.
    expect(result).toMatchObject({ user: '1000', healthy: true, response: 200, exitCode: '143' });
    expect(result.stopMs).toBeLessThan(3000);
  });
});
