/** `shipshape build` as users run it: one app, a failing build, and a monorepo's apps at once. */

import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { missingImages, probeEngine } from './engine.js';
import { nodeExample } from './stacks.js';

const { engine } = probeEngine();
const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'bin', 'shipshape.js');

function shipshape(args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    timeout: 600_000,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

describe.skipIf(!engine)('shipshape build on the real engine', () => {
  const cleanup: Array<() => void> = [];
  afterAll(() => {
    for (const step of cleanup) step();
  });
  const scratch = (from: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'shipshape-build-'));
    cpSync(from, dir, { recursive: true });
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    return dir;
  };

  it('builds with docker flags, then rebuilds every step from the cache', () => {
    if (!engine) return;
    expect(missingImages(engine, ['node:20-bookworm-slim'])).toEqual([]);
    const dir = scratch(nodeExample);
    writeFileSync(
      join(dir, 'Dockerfile'),
      'ARG NODE_VERSION=20\nFROM node:${NODE_VERSION}-bookworm-slim AS production\nWORKDIR /app\nARG GREETING\nRUN echo "$GREETING" > greeting\nCOPY server.js ./\nUSER 1000\nCMD ["node", "server.js"]\n',
    );
    const tag = `shipshape-e2e/build:${process.pid}`;
    cleanup.push(() => engine.docker(['rmi', '-f', tag]));
    const args = [
      'build',
      dir,
      '-t',
      tag,
      '--target',
      'production',
      '--build-arg',
      'GREETING=hello',
      '--json',
    ];
    const first = shipshape(args);
    expect(first.code, first.stderr).toBe(0);
    const summary = JSON.parse(first.stdout);
    expect(summary).toMatchObject({ tags: [tag], imageId: expect.stringMatching(/^sha256:/) });
    expect(summary.sizeBytes).toBeGreaterThan(1e6);
    expect(summary.steps.map((step: { instruction: string }) => step.instruction)).toEqual([
      'WORKDIR /app',
      // BuildKit names the step with the build argument expanded.
      'RUN echo "hello" > greeting',
      'COPY server.js ./',
    ]);
    expect(engine.docker(['run', '--rm', '--entrypoint', 'cat', tag, '/app/greeting']).stdout).toBe(
      'hello\n',
    );
    const again = JSON.parse(shipshape(args).stdout);
    expect(again.steps.every((step: { status: string }) => step.status === 'cached')).toBe(true);
    const plain = shipshape(['build', dir, '-t', tag, '--build-arg', 'GREETING=hello']);
    expect(plain.stdout).toMatch(
      /^built [0-9a-f]{12} \(shipshape-e2e\/build:\d+\) in [\d.]+ s\n {2}size {4}\d+ MB in \d+ layers\n {2}steps {3}3, 3 from cache\n$/,
    );
  });

  it('names the failing step and its last output in one line, exit 2', () => {
    if (!engine) return;
    const dir = scratch(nodeExample);
    writeFileSync(
      join(dir, 'Dockerfile'),
      'FROM node:20-bookworm-slim\nRUN echo "no such thing" >&2 && exit 3\n',
    );
    const result = shipshape(['build', dir]);
    expect(result.code).toBe(2);
    const last = result.stderr.trim().split('\n').pop();
    expect(last).toMatch(/^shipshape: build failed at RUN echo "no such thing" >&2 && exit 3: no such thing/);
  });

  it('builds every app of a workspace monorepo at once, with the workspace as context', () => {
    if (!engine) return;
    const dir = scratch(join(root, 'test', 'fixtures', 'apps', 'mono-npm-workspaces'));
    for (const app of ['api', 'web'])
      writeFileSync(
        join(dir, 'apps', app, 'Dockerfile'),
        `FROM node:20-bookworm-slim\nWORKDIR /repo\nCOPY package.json package-lock.json ./\nCOPY apps/${app}/package.json apps/${app}/\nUSER 1000\nCMD ["node", "--version"]\n`,
      );
    for (const image of ['api:local', 'web:local']) cleanup.push(() => engine.docker(['rmi', '-f', image]));
    const result = shipshape(['build', dir, '--json']);
    expect(result.code, result.stderr).toBe(0);
    const built = JSON.parse(result.stdout) as { app: string; tags: string[] }[];
    expect(built.map(({ app, tags }) => [app, tags])).toEqual([
      ['api', ['api:local']],
      ['web', ['web:local']],
    ]);
    expect(engine.docker(['run', '--rm', '--entrypoint', 'ls', 'web:local', '/repo/apps/web']).stdout).toBe(
      'package.json\n',
    );
  });

  it('init and build a workspace with a Python service among its members: each from the right context', () => {
    if (!engine) return;
    const dir = scratch(join(root, 'test', 'fixtures', 'apps', 'mono-npm-stdlib'));
    cpSync(join(root, 'test', 'fixtures', 'apps', 'python-stdlib'), join(dir, 'apps', 'stats'), {
      recursive: true,
    });
    // A member of the npm workspace (so it has a package.json), and the lockfile that knows it.
    writeFileSync(join(dir, 'apps', 'stats', 'package.json'), '{ "name": "stats", "private": true }\n');
    const lock = spawnSync('npm', ['install', '--package-lock-only', '--ignore-scripts', '--offline'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(lock.status, lock.stderr).toBe(0);
    const init = shipshape(['init', dir, '--yes']);
    expect(init.code, init.stderr).toBe(0);
    expect(readFileSync(join(dir, 'apps', 'stats', 'Dockerfile'), 'utf8')).toContain('FROM python:');
    for (const image of ['api:local', 'stats:local']) cleanup.push(() => engine.docker(['rmi', '-f', image]));
    const result = shipshape(['build', dir, '--json']);
    expect(result.code, result.stderr.slice(-2000)).toBe(0);
    const built = JSON.parse(result.stdout) as { app: string }[];
    expect(built.map(({ app }) => app).sort()).toEqual(['api', 'stats']);
    // The Node app from the workspace root (its linked library built in), the Python one from its folder.
    expect(
      engine.docker(['run', '--rm', '--entrypoint', 'ls', 'api:local', '/app/packages/greeting/dist']).stdout,
    ).toBe('index.js\n');
    expect(
      engine.docker(['image', 'inspect', '--format', '{{.Config.User}}', 'stats:local']).stdout.trim(),
    ).toBe('10001:10001');
  });

  it('init writes a repository of two apps, with docker-bake.hcl, and build builds both at once', () => {
    if (!engine) return;
    const dir = mkdtempSync(join(tmpdir(), 'shipshape-repo-'));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    cpSync(join(root, 'test', 'fixtures', 'apps', 'go-root-main'), join(dir, 'hello'), { recursive: true });
    cpSync(join(root, 'test', 'fixtures', 'apps', 'python-stdlib'), join(dir, 'stats'), { recursive: true });
    const init = shipshape(['init', dir, '--yes']);
    expect(init.code, init.stderr).toBe(0);
    expect(readFileSync(join(dir, 'docker-bake.hcl'), 'utf8')).toContain('targets = ["hello", "stats"]');
    for (const image of ['hello:local', 'stats:local'])
      cleanup.push(() => engine.docker(['rmi', '-f', image]));
    const result = shipshape(['build', dir, '--json']);
    expect(result.code, result.stderr.slice(-2000)).toBe(0);
    const built = JSON.parse(result.stdout) as { app: string; tags: string[]; sizeBytes: number }[];
    expect(built.map(({ app, tags }) => [app, tags])).toEqual([
      ['hello', ['hello:local']],
      ['stats', ['stats:local']],
    ]);
    if (engine.docker(['buildx', 'version']).status === 0) {
      // --bake builds the same apps through docker-bake.hcl, named as that file names them.
      for (const image of ['local/hello:dev', 'local/stats:dev'])
        cleanup.push(() => engine.docker(['rmi', '-f', image]));
      const baked = shipshape(['build', dir, '--bake', '--json']);
      expect(baked.code, baked.stderr.slice(-2000)).toBe(0);
      const images = JSON.parse(baked.stdout) as { app: string; tags: string[] }[];
      // The same layers were built a moment ago, so the engine also lists the earlier names for the image.
      expect(images.map(({ app }) => app)).toEqual(['hello', 'stats']);
      expect(images[0]?.tags).toContain('local/hello:dev');
      expect(images[1]?.tags).toContain('local/stats:dev');
    }
    // Each app was built from its own folder, on its own production target.
    expect(
      engine.docker(['image', 'inspect', '--format', '{{.Config.User}}', 'hello:local']).stdout.trim(),
    ).toBe('65532:65532');
    expect(
      engine.docker(['image', 'inspect', '--format', '{{.Config.User}}', 'stats:local']).stdout.trim(),
    ).toBe('10001:10001');
  });
});
