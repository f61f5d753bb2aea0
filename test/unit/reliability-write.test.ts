/**
 * Issue 12, items 8-14: init and `lint --fix` must not write outside the repository, lose bytes, modes,
 * links or backups, or leave half a write behind.
 */

import {
  chmodSync,
  cpSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeGenerated } from '../../src/io/write-files.js';
import { runOnDisk, temporaryTree } from '../disk-run.js';
import { memoryFileSystem } from '../memory-file-system.js';

const example = new URL('../../examples/node-http', import.meta.url).pathname;
const fixable = 'FROM node:20-bookworm-slim as build\nUSER 1000\nCMD ["node", "server.js"]\n';
const fixed = 'FROM node:20-bookworm-slim AS build\nUSER 1000\nCMD ["node", "server.js"]\n';

let root: string;
let outside: string;
let repo: string;
let remove: () => void;
beforeEach(() => {
  ({ root, remove } = temporaryTree());
  repo = join(root, 'repo');
  outside = join(root, 'outside');
  cpSync(example, repo, { recursive: true });
  mkdirSync(join(repo, '.git'));
  mkdirSync(outside);
});
afterEach(() => remove());

function temporaryFilesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) =>
    name.includes('shipshape-tmp'),
  );
}

describe('init writes only inside the repository', () => {
  it('is not redirected by links planted where a temporary file would go (item 8)', async () => {
    writeFileSync(join(outside, 'victim'), 'precious\n');
    for (let pid = 1; pid < 50; pid++)
      symlinkSync(join(outside, 'victim'), join(repo, `Dockerfile.shipshape-${pid}.tmp`));
    symlinkSync(join(outside, 'victim'), join(repo, `Dockerfile.shipshape-${process.pid}.tmp`));
    const result = await runOnDisk(['init', '--yes'], repo);
    expect(result.code).toBe(0);
    expect(readFileSync(join(outside, 'victim'), 'utf8')).toBe('precious\n');
    expect(lstatSync(join(repo, 'Dockerfile')).isFile()).toBe(true);
    expect(temporaryFilesIn(repo)).toEqual([]);
  });

  it('refuses symlinked folders that leave the repository, writing nothing (item 9)', async () => {
    mkdirSync(join(outside, 'k8s'));
    symlinkSync(join(outside, 'k8s'), join(repo, 'k8s'));
    const result = await runOnDisk(['init', '--yes', '--target', 'docker', '--target', 'kubernetes'], repo);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^shipshape: k8s\/[\w.-]+: refusing to write: it leads outside the repository/,
    );
    expect(readdirSync(join(outside, 'k8s'))).toEqual([]);
    expect(readdirSync(repo).sort()).toEqual([
      '.env.example',
      '.git',
      'k8s',
      'package-lock.json',
      'package.json',
      'server.js',
    ]);
  });

  it('neither shows nor backs up a Dockerfile linked outside (item 9)', async () => {
    writeFileSync(join(outside, 'Dockerfile'), 'FROM secret-outside\n');
    symlinkSync(join(outside, 'Dockerfile'), join(repo, 'Dockerfile'));
    for (const flags of [[], ['--force'], ['--dry-run']]) {
      const result = await runOnDisk(['init', '--yes', ...flags], repo);
      expect(result.code).toBe(2);
      expect(result.stdout + result.stderr).not.toContain('secret-outside');
    }
    expect(readFileSync(join(outside, 'Dockerfile'), 'utf8')).toBe('FROM secret-outside\n');
    expect(readdirSync(outside)).toEqual(['Dockerfile']);
  });

  it('keeps bytes, modes and earlier backups on --force (items 10, 12)', async () => {
    const latin1 = Buffer.from('FROM node:20\n# caf\xe9 na\xefve\n', 'latin1');
    writeFileSync(join(repo, 'Dockerfile'), latin1);
    chmodSync(join(repo, 'Dockerfile'), 0o640);
    expect((await runOnDisk(['init', '--yes', '--force'], repo)).code).toBe(0);
    expect(readFileSync(join(repo, 'Dockerfile.shipshape-backup'))).toEqual(latin1);
    expect(statSync(join(repo, 'Dockerfile')).mode & 0o777).toBe(0o640);
    writeFileSync(join(repo, 'Dockerfile'), 'FROM node:22\n');
    const second = await runOnDisk(['init', '--yes', '--force'], repo);
    expect(second.stderr).toContain('(backup: Dockerfile.shipshape-backup.1)');
    expect(readFileSync(join(repo, 'Dockerfile.shipshape-backup'))).toEqual(latin1);
    expect(readFileSync(join(repo, 'Dockerfile.shipshape-backup.1'), 'utf8')).toBe('FROM node:22\n');
  });

  it('says what happened when a folder stands where a file goes, and leaves nothing (item 13)', async () => {
    mkdirSync(join(repo, 'compose.yaml'));
    const result = await runOnDisk(['init', '--yes'], repo);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('shipshape: compose.yaml: is a directory: cannot write a file in its place\n');
    expect(readdirSync(repo).sort()).toEqual([
      '.env.example',
      '.git',
      'compose.yaml',
      'package-lock.json',
      'package.json',
      'server.js',
    ]);
  });

  it('reports a write that fails part-way in one line and undoes the ones before it (item 13)', () => {
    const fs = memoryFileSystem({ Dockerfile: 'FROM old\n' }, '/repo');
    const failing = {
      ...fs,
      writeFile(path: string, data: string | Uint8Array) {
        if (path.startsWith('/repo/.github/'))
          throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
        fs.writeFile(path, data);
      },
    };
    const files = [
      { path: 'Dockerfile', content: 'FROM new\n' },
      { path: 'compose.yaml', content: 'services: {}\n' },
      { path: '.github/workflows/container.yml', content: 'on: push\n' },
    ];
    expect(() =>
      writeGenerated(failing, (path) => join('/repo', path), files, {
        force: true,
        dryRun: false,
        root: '/repo',
      }),
    ).toThrow(
      'could not write it (permission denied); the 2 files written before it were put back as they were (backups kept: Dockerfile.shipshape-backup)',
    );
    expect(fs.readFile('/repo/Dockerfile')).toBe('FROM old\n');
    expect(fs.kind('/repo/compose.yaml')).toBeUndefined();
  });

  it('writes no override beside a kept compose file of the user (item 14)', async () => {
    writeFileSync(join(repo, 'compose.yaml'), 'services:\n  mine:\n    image: nginx:1.27\n');
    const result = await runOnDisk(['init', '--yes'], repo);
    expect(result.code).toBe(1);
    expect(readdirSync(repo)).not.toContain('compose.override.yaml');
    expect(readdirSync(repo)).not.toContain('compose.prod.yaml');
    expect(result.stderr).toContain(
      'did not write compose.override.yaml (compose.yaml is yours and kept, and this file would change how it runs; --force writes it)',
    );
  });
});

describe('lint --fix', () => {
  it('refuses to write through a link that leaves the repository (item 8)', async () => {
    writeFileSync(join(outside, 'Dockerfile'), fixable);
    symlinkSync(join(outside, 'Dockerfile'), join(repo, 'Dockerfile'));
    const result = await runOnDisk(['lint', '--fix', 'Dockerfile'], repo);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Dockerfile: refusing to write: it leads outside the repository');
    expect(readFileSync(join(outside, 'Dockerfile'), 'utf8')).toBe(fixable);
  });

  it('refuses to write into a linked folder that leaves the repository', async () => {
    mkdirSync(join(outside, 'docker'));
    writeFileSync(join(outside, 'docker', 'Dockerfile'), fixable);
    symlinkSync(join(outside, 'docker'), join(repo, 'docker'));
    const result = await runOnDisk(['lint', '--fix', 'docker/Dockerfile'], repo);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('docker/Dockerfile: refusing to write: it leads outside the repository');
    expect(readFileSync(join(outside, 'docker', 'Dockerfile'), 'utf8')).toBe(fixable);
    expect(readdirSync(join(outside, 'docker'))).toEqual(['Dockerfile']);
  });

  it('fixes the target of a link inside the repository and keeps the link and the mode (item 12)', async () => {
    mkdirSync(join(repo, 'docker'));
    writeFileSync(join(repo, 'docker', 'Dockerfile'), fixable);
    chmodSync(join(repo, 'docker', 'Dockerfile'), 0o755);
    symlinkSync('docker/Dockerfile', join(repo, 'Dockerfile'));
    const result = await runOnDisk(['lint', '--fix', 'Dockerfile'], repo);
    expect(result.stderr).toBe('fixed 1 file\n');
    expect(readlinkSync(join(repo, 'Dockerfile'))).toBe('docker/Dockerfile');
    expect(readFileSync(join(repo, 'docker', 'Dockerfile'), 'utf8')).toBe(fixed);
    expect(statSync(join(repo, 'docker', 'Dockerfile')).mode & 0o777).toBe(0o755);
    expect(temporaryFilesIn(repo)).toEqual([]);
  });

  it('never writes U+FFFD into a Latin-1 file, and keeps a byte-order mark (items 10, 11)', async () => {
    const latin1 = Buffer.concat([Buffer.from(fixable), Buffer.from('# caf\xe9\n', 'latin1')]);
    writeFileSync(join(repo, 'Dockerfile'), latin1);
    const result = await runOnDisk(['lint', '--fix', 'Dockerfile'], repo);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Dockerfile:4:6 is not UTF-8 text: not fixed');
    expect(readFileSync(join(repo, 'Dockerfile'))).toEqual(latin1);
    writeFileSync(join(repo, 'Dockerfile'), `\uFEFF${fixable}`);
    await runOnDisk(['lint', '--fix', 'Dockerfile'], repo);
    expect(readFileSync(join(repo, 'Dockerfile'), 'utf8')).toBe(`\uFEFF${fixed}`);
  });
});

describe('signals', () => {
  it('leaves no temporary file when SIGINT arrives during writes (item 13)', async () => {
    const module = new URL('../../dist/io/atomic-write.js', import.meta.url).href;
    const script = `
      import { atomicWrite } from ${JSON.stringify(module)};
      import { join } from 'node:path';
      atomicWrite(join(process.argv[1], 'first'), 'x');
      process.stdout.write('ready\\n');
      for (let i = 0; i < 400; i++) atomicWrite(join(process.argv[1], 'file' + (i % 20)), 'y'.repeat(50000));
    `;
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, ['--input-type=module', '-e', script, repo], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) =>
      child.once('exit', (exitCode) => resolve(exitCode)),
    );
    // The writes are synchronous, so the handler runs once they are done (or between two of them): the
    // run either finishes (0) or stops with 130, and in neither case does a temporary file stay behind.
    expect([0, 130]).toContain(code);
    expect(temporaryFilesIn(repo)).toEqual([]);
  });
});

describe('lint --fix on a file it cannot write', () => {
  it('reports it in one line, unchanged', async () => {
    const { main } = await import('../../src/cli/main.js');
    const fs = memoryFileSystem({ Dockerfile: fixable }, '/work');
    const readOnly = {
      ...fs,
      writeFile() {
        throw Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' });
      },
    };
    let stderr = '';
    const code = await main(['lint', '--fix', 'Dockerfile'], {
      stdout: () => {},
      stderr: (text) => {
        stderr += text;
      },
      cwd: '/work',
      env: {},
      isTTY: false,
      parallel: false,
      fs: readOnly,
    });
    expect(code).toBe(2);
    expect(stderr).toBe('Dockerfile: could not write the fixes (permission denied); the file is unchanged\n');
    expect(fs.readFile('/work/Dockerfile')).toBe(fixable);
  });
});
