import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { missingImages, probeEngine } from './engine.js';
import { buildRunDevelopment, buildRunStop, generateInto } from './run-image.js';
import { STACKS } from './stacks.js';

const { engine } = probeEngine();
describe.skipIf(!engine)('init output built and run on the real engine', () => {
  const cleanup: Array<() => void> = [];
  afterAll(() => {
    for (const step of cleanup) step();
  });

  for (const stack of STACKS) {
    it(`${stack.name}: healthy as a non-root user, answers on 127.0.0.1, stops within 3 s`, async () => {
      if (!engine) return;
      expect(missingImages(engine, stack.images), 'run `npm run standins` first').toEqual([]);
      const dir = mkdtempSync(join(tmpdir(), `shipshape-init-${stack.name}-`));
      const name = `init-${stack.name}-${process.pid}`;
      cleanup.push(() => {
        engine.docker(['rm', '-f', name]);
        engine.docker(['rmi', '-f', `shipshape-e2e/${name}`]);
        rmSync(dir, { recursive: true, force: true });
      });
      generateInto(stack.app, dir, stack.change);
      expect(readFileSync(join(dir, stack.dockerfile ?? 'Dockerfile'), 'utf8')).toContain(stack.runs);
      const result = await buildRunStop(engine.docker, {
        dir,
        tag: `shipshape-e2e/${name}`,
        container: name,
        port: stack.port,
        path: stack.path ?? '/health',
        dockerfile: stack.dockerfile,
      });
      expect(result).toMatchObject(stack.expected);
      expect(result.stopMs).toBeLessThan(3000);
      if (stack.maxBytes !== undefined) expect(result.imageBytes).toBeLessThan(stack.maxBytes);
    });

    it(`${stack.name}: the development target builds, starts and answers`, async () => {
      if (!engine) return;
      const dir = mkdtempSync(join(tmpdir(), `shipshape-dev-${stack.name}-`));
      const name = `dev-${stack.name}-${process.pid}`;
      cleanup.push(() => {
        engine.docker(['rm', '-f', name]);
        engine.docker(['rmi', '-f', `shipshape-e2e/${name}`]);
        rmSync(dir, { recursive: true, force: true });
      });
      generateInto(stack.app, dir, stack.change);
      const status = await buildRunDevelopment(engine.docker, {
        dir,
        tag: `shipshape-e2e/${name}`,
        container: name,
        port: stack.port,
        path: stack.path ?? '/health',
        dockerfile: stack.dockerfile,
      });
      expect(status).toBeGreaterThanOrEqual(200);
      expect(status).toBeLessThan(500);
    });
  }
});
