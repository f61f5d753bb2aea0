import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { missingImages, probeEngine } from './engine.js';

const { engine } = probeEngine();

describe.skipIf(!engine)('the e2e harness on the real engine', () => {
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-e2e-'));
  const tag = `shipshape-e2e/harness:${process.pid}`;
  const container = `shipshape-e2e-harness-${process.pid}`;
  afterAll(() => {
    engine?.docker(['rm', '-f', container]);
    engine?.docker(['rmi', '-f', tag]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('has the stand-in base images', () => {
    if (!engine) return;
    const wanted = [
      // What this file's own Dockerfiles use, and the bases init writes for apps that declare no version
      // (where a stand-in can carry them: see test/e2e/stacks.ts).
      'node:20-bookworm-slim',
      'debian:trixie-slim',
      'node:26-trixie-slim',
      'python:3.13-slim-trixie',
      'gcr.io/distroless/static-debian13:nonroot',
      'gcr.io/distroless/cc-debian13:nonroot',
      'nginxinc/nginx-unprivileged:1.30-trixie',
    ];
    expect(missingImages(engine, wanted), 'run `npm run standins` first').toEqual([]);
  });

  it('builds a multi-stage image with a BuildKit cache mount and runs it as a non-root user', () => {
    if (!engine) return;
    writeFileSync(
      join(dir, 'Dockerfile'),
      [
        'FROM node:20-bookworm-slim AS build',
        'WORKDIR /app',
        'RUN --mount=type=cache,target=/root/.npm echo cached > /tmp/probe',
        "RUN node -e \"require('fs').writeFileSync('server.js', 'console.log(process.getuid(), process.version)')\"",
        'FROM node:20-bookworm-slim',
        'WORKDIR /app',
        'COPY --from=build --chown=1000:1000 /app/server.js ./',
        'USER 1000',
        'CMD ["node", "server.js"]',
        '',
      ].join('\n'),
    );
    const build = engine.docker(['build', '-t', tag, dir]);
    expect(build.status, build.stderr).toBe(0);
    const run = engine.docker(['run', '--rm', '--name', container, tag]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.trim()).toMatch(/^1000 v20\./);
  });

  it('stops a container on SIGTERM long before the kill timeout when the app handles it', async () => {
    if (!engine) return;
    const start = engine.docker([
      'run',
      '-d',
      '--name',
      container,
      'node:20-bookworm-slim',
      'node',
      '-e',
      "process.on('SIGTERM', () => process.exit(0)); console.log('ready'); setInterval(() => {}, 1000)",
    ]);
    expect(start.status, start.stderr).toBe(0);
    // PID 1 ignores a signal it has no handler for: stop only once the handler is installed.
    const deadline = Date.now() + 20_000;
    while (!engine.docker(['logs', container]).stdout.includes('ready')) {
      if (Date.now() > deadline) throw new Error('the container never said ready');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const began = Date.now();
    const stop = engine.docker(['stop', '-t', '10', container]);
    expect(stop.status, stop.stderr).toBe(0);
    expect(Date.now() - began).toBeLessThan(5000);
    const exit = engine.docker(['inspect', '--format', '{{.State.ExitCode}}', container]);
    expect(exit.stdout.trim()).toBe('0');
  });
});
