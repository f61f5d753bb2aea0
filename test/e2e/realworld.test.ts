/**
 * Real apps from ../shared/realworld (or SHIPSHAPE_REALWORLD) through the harness: the static part (detect,
 * init, lint, docker compose config) for every app, and the CI subset of test/realworld/expectations.json end
 * to end. Most real apps do not build yet (issue 17): the test asserts what is true today, records every
 * outcome, and turns a real-app success into a required pass once the app is listed in `mustBeHealthy`.
 * Skips with one line when the real apps are absent.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCauses, failingStep, unreachableRegistry } from '../realworld/classify.js';
import { HARNESS_LABEL } from '../realworld/compose.js';
import type { AppResult } from '../realworld/harness.js';
import { runApp } from '../realworld/harness.js';
import { expectedDetect, expectedServices, parseManifest, readManifest } from '../realworld/manifest.js';
import { realworldDir } from '../realworld/suite.js';
import { markdownTable } from '../realworld/table.js';
import { probeEngine } from './engine.js';

interface Expectations {
  e2e: Record<string, string>;
  mustBeHealthy: string[];
  staticMustPass: string[];
}

const expectations: Expectations = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'realworld', 'expectations.json'), 'utf8'),
);
const dir = realworldDir();
if (!dir)
  console.warn('realworld e2e: skipped, no ../shared/realworld/MANIFEST.tsv (set SHIPSHAPE_REALWORLD)');
const { engine } = dir ? probeEngine() : { engine: undefined };
const rows = dir ? readManifest(dir) : [];
const recorded: AppResult[] = [];

afterAll(() => {
  if (recorded.length) console.log(`realworld outcomes:\n${markdownTable(recorded)}`);
});

/** Outcomes the harness reports for a classified result; anything else is the harness failing. */
const CLASSIFIED = [
  'healthy',
  'unhealthy',
  'build failed',
  'not buildable here',
  'init failed',
  'static only',
  'static failed',
];

function assertClassified(result: AppResult): void {
  expect(CLASSIFIED).toContain(result.outcome);
  expect(result.reason, 'the harness itself must not fail').not.toMatch(/^harness error/);
  expect(result.reason.length, 'every outcome says why').toBeGreaterThan(0);
}

// The harness's own reading of the manifest and of build logs, which the table's honesty rests on.
describe('the harness reads the manifest and build logs', () => {
  it('reduces the manifest prose to what detect reports, optional services apart', () => {
    expect(
      expectedServices('sqlite (better-sqlite3 native); postgres or mysql/mariadb via knex; redis optional'),
    ).toEqual({
      required: [],
      optional: ['mysql', 'postgres', 'redis'],
    });
    expect(
      expectedServices('postgres with pgvector, redis/valkey (BullMQ), S3/GCS/filesystem storage').required,
    ).toEqual(['postgres', 'redis']);
    const header =
      'name\trepo\tcommit\tsubpath\tlicence\tstack\tframework\tpackage_manager\tservices\tport\thealth\tnotes';
    const line =
      'app\to/r\tabc\t.\tMIT\truby\tRails\tbundler (Gemfile.lock)\tpostgres\t3000 (PORT)\t/healthz and /up\tn';
    const [row] = parseManifest(`${header}\n${line}\n`);
    expect(row && expectedDetect(row)).toEqual({
      stack: 'ruby',
      packageManager: 'bundler',
      port: 3000,
      healthPath: '/healthz',
      healthPaths: ['/healthz', '/up'],
      services: ['postgres'],
    });
    expect(() => parseManifest(`${header}\napp\tonly-two\n`, 'M.tsv')).toThrow(
      'M.tsv:2: 2 columns, the header has 12',
    );
  });

  it('names the failing step, its telling lines and the cause', () => {
    const log = [
      '#9 [deps 2/2] RUN npm ci --omit=dev',
      '#9 12.1 npm notice New major version of npm available!',
      '#9 45.7 npm error path /app/node_modules/better-sqlite3',
      '#9 45.7 npm error prebuild-install warn install getaddrinfo ENOTFOUND github.com',
      '#9 45.7 npm error gyp ERR! stack Error: Could not find any Python installation to use',
      '#9 45.7 npm error A complete log of this run can be found in: /root/.npm/_logs/x.log',
      '#9 ERROR: executor failed running [/bin/sh -c npm ci --omit=dev]: exit code: 1',
    ].join('\n');
    const failed = failingStep(log);
    expect(failed?.step).toBe('[deps 2/2] RUN npm ci --omit=dev');
    expect(failed?.lines).toContain(
      'npm error prebuild-install warn install getaddrinfo ENOTFOUND github.com',
    );
    expect(failed?.lines.join('\n')).not.toMatch(/npm notice|complete log/);
    expect(buildCauses(log)).toEqual([
      'the install script of better-sqlite3 failed',
      'node-gyp needs Python, make and a C++ compiler, which the image lacks',
    ]);
  });
});

describe.skipIf(!dir || !engine)('real apps: the static part, every app', () => {
  it('the expectations name only apps of MANIFEST.tsv, and the CI subset covers every family', () => {
    const names = rows.map((row) => row.name);
    for (const name of [
      ...Object.keys(expectations.e2e),
      ...expectations.mustBeHealthy,
      ...expectations.staticMustPass,
    ])
      expect(names).toContain(name);
    const stacks = Object.keys(expectations.e2e).map((name) => {
      const row = rows.find((candidate) => candidate.name === name);
      return row ? expectedDetect(row).stack : '';
    });
    expect(stacks.filter((stack) => stack === 'node').length).toBeGreaterThanOrEqual(6);
    for (const stack of ['python', 'go', 'rust', 'java']) expect(stacks).toContain(stack);
  });

  it.each(rows.map((row) => [row.name, row] as const))(
    '%s',
    async (name, row) => {
      if (!dir) return;
      const result = await runApp(join(dir, name), row, { staticOnly: true });
      recorded.push(result);
      assertClassified(result);
      expect('error' in result.detect, `detect: ${JSON.stringify(result.detect)}`).toBe(false);
      // A refusal is one line in init's own words, never a stack trace.
      if (!result.init.ok) expect(result.init.error ?? '').not.toMatch(/\n\s+at /);
      // Apps whose registry is out of reach are never reported as built or passed.
      const registry = unreachableRegistry(expectedDetect(row).stack);
      if (registry && result.init.ok) {
        expect(result.outcome).toBe('not buildable here');
        expect(result.reason.startsWith(`not buildable here: needs ${registry}`), result.reason).toBe(true);
      }
      if (expectations.staticMustPass.includes(name)) {
        expect(result.init.ok, result.reason).toBe(true);
        expect(result.lint.error, result.reason).toBeUndefined();
        expect(result.composeConfig, result.reason).toEqual({ ok: true });
      }
    },
    180_000,
  );
});

describe.skipIf(!dir || !engine)('real apps: the CI subset, end to end', () => {
  it.each(Object.entries(expectations.e2e))(
    '%s (%s)',
    async (name) => {
      const row = rows.find((candidate) => candidate.name === name);
      if (!dir || !row || !engine) return;
      // CI's budget: no upstream build, and no production run after compose.yaml alone failed.
      const result = await runApp(join(dir, name), row, {
        skipUpstream: true,
        skipProdWhenBaseFails: true,
        waitSeconds: 120,
        verifyTimeoutSeconds: 45,
      });
      recorded.push(result);
      assertClassified(result);
      console.log(`realworld ${name}: ${result.outcome}: ${result.reason}`);
      if (result.outcome === 'healthy') {
        // Healthy means every compose run was healthy and the health path answered without an error status.
        for (const up of result.up) {
          expect(up.healthy).toBe(true);
          if (up.health) expect(Number(up.health.status), up.detail).toBeLessThan(400);
        }
      }
      if (result.build && !result.build.ok) expect(result.reason, 'a failed build says where').not.toBe('');
      if (expectations.mustBeHealthy.includes(name)) expect(result.outcome, result.reason).toBe('healthy');

      // Nothing the harness created outlives it.
      const containers = engine.docker(['ps', '-aq', '--filter', `label=${HARNESS_LABEL}=1`]);
      expect(containers.stdout.trim()).toBe('');
      const images = engine.docker(['images', '-q', `shipshape-rw/${name}-${process.pid}`]);
      expect(images.stdout.trim()).toBe('');
      const volumes = engine.docker([
        'volume',
        'ls',
        '-q',
        '--filter',
        `label=com.docker.compose.project=shipshape-rw-${name}-${process.pid}-dev`,
      ]);
      expect(volumes.stdout.trim()).toBe('');
    },
    3_600_000,
  );
});
