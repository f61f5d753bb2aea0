/**
 * shipshape's own image (the Dockerfile at the repository root) built on the real engine and run the way its
 * README says: a repository mounted read-only at /src, linted with the repository's own configuration.
 *
 * The dependency and build stages run `npm ci`, which needs the npm registry from inside the engine's
 * containers. Where they cannot reach it (an offline engine), those two stages are replaced by their outputs
 * made on this machine (`npm ci --omit=dev` and `npm run build`'s dist/), and the production stage, copied
 * verbatim from the Dockerfile, is what gets built and run. The test says which of the two it did.
 */

import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type Engine, missingImages, probeEngine } from './engine.js';

const { engine } = probeEngine();
const root = join(import.meta.dirname, '..', '..');
const BASE = 'node:20-bookworm-slim';
const tag = `shipshape-e2e/tool:${process.pid}`;
const missing = engine ? missingImages(engine, [BASE]) : [];
if (engine && missing.length)
  console.warn(`e2e tool image: skipped, ${BASE} is not in the engine (npm run standins)`);

/** Undefined when the engine's containers reach the npm registry, else why not. */
function registryUnreachable(engine: Engine): string | undefined {
  const probe =
    "fetch('https://registry.npmjs.org/-/ping').then((r) => process.exit(r.ok ? 0 : 1), (e) => { console.error('error', e.cause?.code ?? e.message); process.exit(1); })";
  const ping = engine.docker(['run', '--rm', '--entrypoint', 'node', BASE, '-e', probe], {
    timeoutMs: 30_000,
  });
  if (ping.status === 0) return undefined;
  return (
    `${ping.stderr}${ping.stdout}`.split('\n').find((line) => line.startsWith('error')) ??
    `exit ${ping.status}`
  );
}

/** A build context holding the production stage verbatim, on dependencies and dist made on this machine. */
function offlineContext(dir: string): string {
  const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
  const production = dockerfile.slice(dockerfile.indexOf('FROM base AS production'));
  expect(production).toMatch(/^FROM base AS production/);
  for (const path of ['package.json', 'package-lock.json', 'bin', 'schemas', 'docs', 'dist'])
    cpSync(join(root, path), join(dir, path), { recursive: true });
  execFileSync(
    'npm',
    ['ci', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund', '--prefer-offline'],
    {
      cwd: dir,
      stdio: 'ignore',
    },
  );
  writeFileSync(
    join(dir, 'Dockerfile'),
    [
      `FROM ${BASE} AS base`,
      'WORKDIR /app',
      'FROM base AS deps',
      'COPY node_modules /app/node_modules',
      'FROM base AS build',
      'COPY dist /app/dist',
      production,
    ].join('\n'),
  );
  return dir;
}

describe.skipIf(!engine || missing.length > 0)('the shipshape image', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'shipshape-tool-image-'));
  const repo = join(scratch, 'repo');
  afterAll(() => {
    engine?.docker(['rmi', '-f', tag]);
    rmSync(scratch, { recursive: true, force: true });
  });

  it('builds from the repository', () => {
    if (!engine) return;
    const unreachable = registryUnreachable(engine);
    let context = root;
    if (unreachable) {
      console.warn(
        `e2e tool image: the engine cannot reach the npm registry (${unreachable}); building the production stage on host-made dependencies and dist`,
      );
      context = offlineContext(join(scratch, 'context'));
    }
    const build = engine.docker(['build', '-t', tag, context], { timeoutMs: 600_000 });
    expect(build.status, build.stderr).toBe(0);
    const config = engine.docker([
      'image',
      'inspect',
      '--format',
      '{{.Config.User}} {{.Config.WorkingDir}}',
      tag,
    ]);
    expect(config.stdout.trim()).toBe('1000 /src');
  });

  it('lints a mounted repository with its own configuration, exit 1 on findings', () => {
    cpSync(join(root, 'test/fixtures/lint-repo'), repo, { recursive: true });
    // mkdtemp makes folders private to their owner; the image runs as UID 1000.
    chmodSync(scratch, 0o755);
    chmodSync(repo, 0o755);
    const run = engine?.docker([
      'run',
      '--rm',
      '-v',
      `${repo}:/src:ro`,
      tag,
      'lint',
      '/src',
      '--format',
      'compact',
    ]);
    expect(run?.status, run?.stderr).toBe(1);
    // Paths print relative to the working directory, /src: as they are in the repository, for annotations.
    const lines = run?.stdout.trim().split('\n') ?? [];
    expect(lines).toContain(
      'compose.yaml:4:17: error compose-no-privileged api runs privileged: it can take over the host',
    );
    expect(lines.some((line) => line.startsWith('api/Dockerfile:5:5: warning exec-form-cmd '))).toBe(true);
    // The mounted repository's .shipshape.yaml switches from-as-casing off.
    expect(lines.some((line) => line.includes('from-as-casing'))).toBe(false);

    const bare = engine?.docker(['run', '--rm', '-v', `${repo}:/src:ro`, tag, 'lint', '--format', 'compact']);
    expect(bare?.stdout).toBe(run?.stdout);
  });

  it('says so in one line and exits 2 when the path is not mounted', () => {
    const run = engine?.docker(['run', '--rm', tag, 'lint', '/nowhere']);
    expect(run?.status).toBe(2);
    expect(run?.stderr).toContain('shipshape: /nowhere: no such file or directory\n');
    expect(run?.stderr).not.toMatch(/\n\s+at /);
  });
});
