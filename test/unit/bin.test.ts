import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The built CLI as users run it: a process, its exit code, and nothing but one line on bad input.
const bin = join(import.meta.dirname, '../../bin/shipshape.js');
const dir = mkdtempSync(join(tmpdir(), 'shipshape-bin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function shipshape(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('bin/shipshape.js', () => {
  it('prints its version', () => {
    expect(shipshape('--version').stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('answers a missing path with one line and exit 2', () => {
    const result = shipshape('lint', '/missing/file');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('shipshape: /missing/file: no such file or directory\n');
  });

  it('answers broken YAML with path:line:col and exit 2, without a stack trace', () => {
    writeFileSync(join(dir, 'compose.yaml'), 'services:\n  web:\n    image: nginx\n   ports: [80]\n');
    const result = shipshape('lint', 'compose.yaml');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('compose.yaml:4:1 All mapping items must start at the same column\n');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('lints the example app clean', () => {
    const result = spawnSync(
      process.execPath,
      [bin, 'lint', join(import.meta.dirname, '../../examples/node-http')],
      { encoding: 'utf8' },
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
  });
});

describe('bin/shipshape.js in a pipeline', () => {
  it('exits quietly when the reader closes the pipe early', () => {
    const result = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" rules | head -1`], {
      encoding: 'utf8',
    });
    expect(result.stdout).toMatch(/^dockerfile \(\d+\)\n$/);
    expect(result.stderr).toBe('');
  });
});

describe('bin/shipshape.js on a large tree', () => {
  it('gives the same findings, in the same order, on worker threads as on one thread', () => {
    const tree = mkdtempSync(join(tmpdir(), 'shipshape-tree-'));
    try {
      for (let i = 0; i < 240; i++) {
        const dir = join(tree, `app${String(i).padStart(3, '0')}`);
        mkdirSync(dir);
        writeFileSync(
          join(dir, 'Dockerfile'),
          `FROM node:20-bookworm-slim\nRUN npm ci --only=production\nCMD npm start # ${i}\n`,
        );
        writeFileSync(
          join(dir, 'compose.yaml'),
          `services:\n  web${i}:\n    image: postgres\n    ports: ["5432:5432"]\n`,
        );
      }
      const lint = (workers: string) =>
        spawnSync(process.execPath, [bin, 'lint', tree, '--format', 'json'], {
          encoding: 'utf8',
          env: { ...process.env, SHIPSHAPE_WORKERS: workers },
        });
      const serial = lint('1');
      const parallel = lint('2');
      expect(serial.status).toBe(1);
      expect(parallel.status).toBe(1);
      expect(JSON.parse(parallel.stdout)).toEqual(JSON.parse(serial.stdout));
      expect(JSON.parse(serial.stdout).length).toBeGreaterThan(480 * 2);
    } finally {
      rmSync(tree, { recursive: true, force: true });
    }
  });
});
