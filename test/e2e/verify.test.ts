/**
 * `shipshape verify` as users run it (the built CLI, in a child process) against the real engine: what
 * init writes passes every check, and images built wrong on purpose fail exactly the checks they should.
 */

import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { VerifyReport } from '../../src/verify/check.js';
import { missingImages, probeEngine } from './engine.js';
import { generateInto, waitFor } from './run-image.js';
import { nodeExample, STACKS, withoutSigtermHandler } from './stacks.js';

const { engine } = probeEngine();
const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'bin', 'shipshape.js');
const broken = join(root, 'test', 'fixtures', 'broken-images');
const LABEL = 'org.shipshape.verify';

function verify(args: string[]): { code: number; report: VerifyReport; stderr: string } {
  const result = spawnSync(process.execPath, [cli, 'verify', '--json', ...args], {
    encoding: 'utf8',
    timeout: 900_000,
    env: { ...process.env, NO_COLOR: '1' },
  });
  expect(result.stdout, result.stderr.slice(-2000)).toMatch(/^\{/);
  return { code: result.status ?? -1, report: JSON.parse(result.stdout), stderr: result.stderr };
}

const statuses = (report: VerifyReport) =>
  Object.fromEntries(report.checks.map((check) => [check.id, check.status]));
const failed = (report: VerifyReport) =>
  report.checks.filter((check) => check.status === 'fail').map((check) => check.id);
const leftContainers = () =>
  engine?.docker(['ps', '--all', '--quiet', '--filter', `label=${LABEL}`]).stdout.trim() ?? '';

describe.skipIf(!engine)('shipshape verify on the real engine', () => {
  const cleanup: Array<() => void> = [];
  afterAll(() => {
    for (const step of cleanup) step();
  });
  const scratch = (name: string) => {
    const dir = mkdtempSync(join(tmpdir(), `shipshape-verify-${name}-`));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    return dir;
  };
  const tagged = (name: string) => {
    const tag = `shipshape-e2e/verify-${name}:${process.pid}`;
    cleanup.push(() => engine?.docker(['rmi', '-f', tag]));
    return tag;
  };

  for (const stack of STACKS) {
    it(`${stack.name}: what init writes passes every check`, () => {
      if (!engine) return;
      expect(missingImages(engine, stack.images), 'run `npm run standins` first').toEqual([]);
      const dir = scratch(stack.name);
      generateInto(stack.app, dir, stack.change, { base: stack.base ?? 'debian' });
      const file = stack.dockerfile ? ['-f', join(dir, stack.dockerfile)] : [];
      const { code, report } = verify(['--build', dir, ...file, '-t', tagged(stack.name)]);
      expect(failed(report), JSON.stringify(report.checks, null, 2)).toEqual([]);
      expect(code).toBe(0);
      // Every check ran; only the scanner may be missing here.
      expect(report.checks.filter((check) => check.status === 'skip').map((check) => check.id)).toEqual(
        report.checks.find((check) => check.id === 'scan')?.status === 'skip' ? ['scan'] : [],
      );
      expect(leftContainers()).toBe('');
    });
  }

  /** Each broken image and the only checks it must fail. */
  const BROKEN: { name: string; fails: string[]; change?: (dir: string) => void }[] = [
    { name: 'baseline', fails: [] },
    { name: 'root-user', fails: ['non-root'] },
    { name: 'secret-env', fails: ['secrets'] },
    { name: 'npm-start-shell', fails: ['graceful-shutdown'], change: withoutSigtermHandler },
    {
      name: 'dotenv-copied',
      fails: ['secrets'],
      change: (dir) => writeFileSync(join(dir, '.env'), 'DATABASE_URL=postgres://app:hunter2@db/app\n'),
    },
    { name: 'deleted-later', fails: ['layer-waste'] },
  ];

  for (const image of BROKEN) {
    it(`${image.name}: fails ${image.fails.length ? image.fails.join(', ') : 'nothing'}, and only that`, () => {
      if (!engine) return;
      expect(missingImages(engine, ['node:20-bookworm-slim']), 'run `npm run standins` first').toEqual([]);
      const dir = scratch(image.name);
      cpSync(nodeExample, dir, { recursive: true });
      image.change?.(dir);
      const dockerfile = join(broken, `${image.name}.Dockerfile`);
      const { code, report } = verify([
        '--build',
        dir,
        '-f',
        dockerfile,
        '-t',
        tagged(image.name),
        '--stop-timeout',
        '5',
      ]);
      expect(failed(report), JSON.stringify(report.checks, null, 2)).toEqual(image.fails);
      expect(code).toBe(image.fails.length ? 1 : 0);
      expect(statuses(report)['cache-reuse']).toBe('pass');
      expect(leftContainers()).toBe('');
    });
  }

  it('explains each failure in its detail', () => {
    if (!engine) return;
    const detail = (name: string, id: string) =>
      verify([tagged(name), '--skip', 'read-only-rootfs', '--stop-timeout', '5']).report.checks.find(
        (check) => check.id === id,
      )?.detail;
    expect(detail('root-user', 'non-root')).toMatch(/no USER: the container runs as root/);
    expect(detail('secret-env', 'secrets')).toMatch(/ENV API_TOKEN has a value/);
    expect(detail('npm-start-shell', 'graceful-shutdown')).toMatch(/exit 137.*runs under \/bin\/sh -c/);
    expect(detail('dotenv-copied', 'secrets')).toMatch(/\/app\/\.env is in layer \d+/);
    expect(detail('deleted-later', 'layer-waste')).toMatch(/\/tmp\/download\.bin 100 MB in 2 layers/);
  });

  it('removes its containers when interrupted with Ctrl-C, and exits 130', async () => {
    if (!engine) return;
    const child = spawn(process.execPath, [cli, 'verify', tagged('baseline'), '--json'], { stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    expect(await waitFor(() => leftContainers() !== '', 30_000)).toBe(true);
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(leftContainers()).toBe('');
  });

  it('fails a size budget, and names an image that does not exist in one line', () => {
    if (!engine) return;
    const { code, report } = verify([tagged('baseline'), '--max-size', '50MB', '--skip', 'read-only-rootfs']);
    expect(code).toBe(1);
    expect(failed(report)).toEqual(['size']);
    const missing = spawnSync(process.execPath, [cli, 'verify', 'shipshape-e2e/no-such-image:0'], {
      encoding: 'utf8',
    });
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toMatch(/^shipshape: no such image: shipshape-e2e\/no-such-image:0/);
  });
});
