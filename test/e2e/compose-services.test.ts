/**
 * A generated compose.yaml with PostgreSQL and Redis, brought up with `docker compose up --wait`: the app
 * (test/realworld/fixtures/services-pg-redis) is healthy only when it can query both, so healthy means the
 * generated wiring (DATABASE_URL, REDIS_URL, depends_on, the services' health checks) works, not merely that
 * three containers started. Needs Compose v2 (scripts/install-docker-plugins.sh) and the postgres and redis
 * stand-ins; skips with the reason when they are missing, and fails instead when CI=true.
 */

import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { composeUnavailable, missingImages, probeEngine } from './engine.js';

const { engine } = probeEngine();
const root = join(import.meta.dirname, '..', '..');
const fixture = join(root, 'test', 'realworld', 'fixtures', 'services-pg-redis');
const cli = join(root, 'bin', 'shipshape.js');

const reason = composeUnavailable(engine);
if (reason) console.warn(`compose-services e2e: skipped, ${reason}`);

describe.skipIf(reason !== undefined)('a generated compose.yaml with postgres and redis', () => {
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-compose-services-'));
  const project = `shipshape-e2e-services-${process.pid}`;
  const image = `shipshape-e2e/services-pg-redis:${process.pid}`;
  afterAll(() => {
    engine?.docker(
      ['compose', '--project-name', project, 'down', '--volumes', '--remove-orphans', '-t', '5'],
      {
        cwd: dir,
      },
    );
    engine?.docker(['image', 'rm', '--force', image]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('comes up healthy with docker compose up --wait, the app answering through both services', async () => {
    if (!engine) return;
    cpSync(fixture, dir, { recursive: true });
    const ran = spawnSync(process.execPath, [cli, 'init', '--yes', dir], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(ran.status, ran.stderr).toBe(0);

    const compose = parse(readFileSync(join(dir, 'compose.yaml'), 'utf8'));
    const images = ['postgres', 'redis'].map((name) => compose.services?.[name]?.image as string);
    expect(images.every(Boolean), 'compose.yaml names a postgres and a redis service').toBe(true);
    const absent = missingImages(engine, images);
    if (absent.length) {
      const why = `no stand-in for ${absent.join(', ')} (npm run standins builds them)`;
      if (process.env.CI === 'true') throw new Error(why);
      console.warn(`compose-services e2e: skipped, ${why}`);
      return;
    }

    // The app's image is built once by compose itself, as a user's `docker compose up --build` would.
    const override = `services:\n  services-pg-redis:\n    image: ${image}\n    ports:\n      - "127.0.0.1::3000"\n`;
    const files = ['-f', 'compose.yaml', '-f', '-'];
    const up = engine.docker(
      [
        'compose',
        '--project-name',
        project,
        ...files,
        'up',
        '--build',
        '--detach',
        '--wait',
        '--wait-timeout',
        '240',
      ],
      { cwd: dir, input: override, timeoutMs: 900_000 },
    );
    expect(up.status, `${up.stdout}\n${up.stderr}`).toBe(0);

    const ps = engine.docker(['compose', '--project-name', project, ...files, 'ps', '--format', 'json'], {
      cwd: dir,
      input: override,
    });
    const states = ps.stdout
      .trim()
      .split('\n')
      .flatMap((line) => {
        const parsed = JSON.parse(line);
        return Array.isArray(parsed) ? parsed : [parsed];
      })
      .map((entry: { Service: string; Health: string }) => [entry.Service, entry.Health]);
    expect(Object.fromEntries(states)).toMatchObject({
      'services-pg-redis': 'healthy',
      postgres: 'healthy',
      redis: 'healthy',
    });

    const port = engine.docker(
      ['compose', '--project-name', project, ...files, 'port', 'services-pg-redis', '3000'],
      {
        cwd: dir,
        input: override,
      },
    );
    const published = port.stdout.trim().match(/:(\d+)$/)?.[1];
    expect(published, port.stderr).toBeDefined();
    const response = await fetch(`http://127.0.0.1:${published}/health`);
    expect(await response.text()).toBe('ok\n');
    expect(response.status).toBe(200);
  });
});
