import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type Engine, missingImages, probeEngine } from './engine.js';
import { buildRunDevelopment, buildRunStop, generateInto, type RunTarget } from './run-image.js';
import { STACKS, type Stack } from './stacks.js';

const { engine } = probeEngine();
describe.skipIf(!engine)('init output built and run on the real engine', () => {
  const cleanup: Array<() => void> = [];
  afterAll(() => {
    for (const step of cleanup) step();
  });

  /** A copy of the stack's app with what init writes, and names for its image and container (removed after). */
  const prepare = (docker: Engine['docker'], stack: Stack, kind: 'init' | 'dev'): RunTarget => {
    const dir = mkdtempSync(join(tmpdir(), `shipshape-${kind}-${stack.name}-`));
    const name = `${kind}-${stack.name}-${process.pid}`;
    cleanup.push(() => {
      docker(['rm', '-f', name]);
      docker(['rmi', '-f', `shipshape-e2e/${name}`]);
      rmSync(dir, { recursive: true, force: true });
    });
    generateInto(stack.app, dir, stack.change, { base: stack.base ?? 'debian' });
    return {
      dir,
      tag: `shipshape-e2e/${name}`,
      container: name,
      port: stack.port,
      path: stack.path ?? '/health',
      dockerfile: stack.dockerfile,
    };
  };

  for (const stack of STACKS) {
    it(`${stack.name}: healthy as a non-root user, answers on 127.0.0.1, stops within 3 s`, async () => {
      if (!engine) return;
      expect(missingImages(engine, stack.images), 'run `npm run standins` first').toEqual([]);
      const target = prepare(engine.docker, stack, 'init');
      expect(readFileSync(join(target.dir, stack.dockerfile ?? 'Dockerfile'), 'utf8')).toContain(stack.runs);
      const result = await buildRunStop(engine.docker, target);
      expect(result).toMatchObject(stack.expected);
      expect(result.stopMs).toBeLessThan(3000);
      if (stack.maxBytes !== undefined) expect(result.imageBytes).toBeLessThan(stack.maxBytes);
    });

    it(`${stack.name}: the development target builds, starts and answers`, async () => {
      if (!engine) return;
      const status = await buildRunDevelopment(engine.docker, prepare(engine.docker, stack, 'dev'));
      expect(status).toBeGreaterThanOrEqual(200);
      expect(status).toBeLessThan(500);
    });
  }
});
