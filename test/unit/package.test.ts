import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The package as npm users get it: packed, installed into an empty prefix with production dependencies
// only, and run from there. Catches a file left out of `files`, a runtime import of a devDependency, and
// test or source files shipped by mistake. Needs `npm run build` first and the npm registry (or its cache).
const root = join(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'shipshape-package-'));
const prefix = join(work, 'prefix');
let tarball = '';
let packed: Array<{ path: string; size: number }> = [];

const npm = (args: string[], cwd = root) =>
  execFileSync('npm', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });

beforeAll(() => {
  if (!existsSync(join(root, 'dist/cli/main.js'))) throw new Error('run `npm run build` before this test');
  // --ignore-scripts: prepack would rebuild dist while the other test files run it.
  const [info] = JSON.parse(
    npm(['pack', '--json', '--ignore-scripts', '--pack-destination', work]),
  ) as Array<{
    filename: string;
    files: Array<{ path: string; size: number }>;
  }>;
  tarball = join(work, info?.filename ?? '');
  packed = info?.files ?? [];
  mkdirSync(prefix);
  // The config lookup walks up from the working directory; stop it here, whatever the temp folder holds above.
  writeFileSync(join(work, '.shipshape.yaml'), '');
  npm(
    ['install', '--omit=dev', '--no-audit', '--no-fund', '--prefer-offline', '--prefix', prefix, tarball],
    work,
  );
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

function installed(...args: string[]) {
  const result = spawnSync(join(prefix, 'node_modules/.bin/shipshape'), args, {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the npm package', { timeout: 60_000 }, () => {
  it('holds only what runs: no sources, tests, fixtures or source maps', () => {
    const paths = packed.map((file) => file.path);
    expect(paths).toContain('bin/shipshape.js');
    expect(paths).toContain('dist/cli/main.js');
    expect(paths).toContain('schemas/shipshape-config.schema.json');
    expect(paths).toContain('docs/rules/from-as-casing.md');
    const unwanted = paths.filter(
      (path) =>
        /^(src|test|scripts|bench|examples|\.github)\//.test(path) ||
        /\.test\.(js|d\.ts)$/.test(path) ||
        /\.map$/.test(path) ||
        /(^|\/)fixtures\//.test(path),
    );
    expect(unwanted).toEqual([]);
  });

  it('lints from the installed package, with findings and exit 1', () => {
    const app = join(work, 'lint-me');
    mkdirSync(app);
    writeFileSync(join(app, 'Dockerfile'), 'FROM node:20-bookworm-slim as build\nCMD node server.js\n');
    writeFileSync(join(app, 'compose.yaml'), 'services:\n  web:\n    build: .\n    privileged: true\n');
    const result = installed('lint', app, '--format', 'compact');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/Dockerfile:1:28: warning from-as-casing /);
    expect(result.stdout).toMatch(/compose\.yaml:\d+:\d+: \w+ compose-no-privileged /);
  });

  it('detects and initialises an app from the installed package, writing nothing with --dry-run', () => {
    const app = join(root, 'examples/node-http');
    const before = readdirSync(app).sort();
    const detect = installed('detect', app, '--json');
    expect(detect.code).toBe(0);
    expect(JSON.parse(detect.stdout)).toMatchObject({ apps: [{ name: 'node-http', language: 'node' }] });
    const init = installed('init', app, '--dry-run');
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('--- Dockerfile (new)');
    expect(init.stdout).toMatch(/^FROM node:\S+ AS /m);
    expect(init.stderr).toContain(`would write ${app}/compose.yaml`);
    expect(readdirSync(app).sort()).toEqual(before);
  });
});
