/**
 * The Swarm stack init writes, deployed with `docker stack deploy` on a one-node swarm: the CLI's format 3
 * loader accepts it, Swarm honours its deploy settings, and both replicas run healthy. The test leaves the
 * swarm it created. The stack's port is removed before deploying: Swarm's ingress publishes on every
 * interface, and these tests publish on 127.0.0.1 only.
 */

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { missingImages, probeEngine } from './engine.js';
import { generateInto, waitFor } from './run-image.js';
import { STACKS } from './stacks.js';

const { engine } = probeEngine();
const go = STACKS.find((stack) => stack.name === 'go-graceful');

describe.skipIf(!engine)('docker stack deploy of the generated docker-stack.yml', () => {
  const cleanup: Array<() => void> = [];
  afterAll(() => {
    for (const step of cleanup.reverse()) step();
  });

  it('deploys, honours the deploy settings, and runs two healthy replicas', async () => {
    if (!engine || !go) return;
    expect(missingImages(engine, go.images), 'run `npm run standins` first').toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), 'shipshape-swarm-'));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    generateInto(go.app, dir);
    const tag = `shipshape-e2e/swarm:${process.pid}`;
    const build = engine.docker(['build', '-t', tag, dir], { timeoutMs: 600_000 });
    expect(build.status, build.stderr.slice(-2000)).toBe(0);
    cleanup.push(() => engine.docker(['rmi', '-f', tag]));

    const state = engine.docker(['info', '--format', '{{.Swarm.LocalNodeState}}']).stdout.trim();
    if (state !== 'active') {
      const init = engine.docker(['swarm', 'init', '--advertise-addr', '127.0.0.1']);
      expect(init.status, init.stderr).toBe(0);
      cleanup.push(() => engine.docker(['swarm', 'leave', '--force']));
    }

    const stack = parse(readFileSync(join(dir, 'docker-stack.yml'), 'utf8'));
    expect(stack.version).toBe('3.8');
    for (const service of Object.values(stack.services) as Record<string, unknown>[]) delete service.ports;
    const file = join(dir, 'docker-stack.e2e.yml');
    writeFileSync(file, stringify(stack));
    const name = `shipshape${process.pid}`;
    // As a user deploys it: the image named by IMAGE in the shell (here a local one, so not resolved
    // against a registry).
    const deploy = engine.docker(
      ['stack', 'deploy', '--resolve-image', 'never', '--compose-file', file, name],
      {
        env: { IMAGE: tag },
      },
    );
    expect(deploy.status, deploy.stderr).toBe(0);
    cleanup.push(() => {
      engine.docker(['stack', 'rm', name]);
    });

    const service = `${name}_drain`;
    const spec = JSON.parse(engine.docker(['service', 'inspect', service]).stdout)[0].Spec;
    expect(spec.Mode.Replicated.Replicas).toBe(2);
    expect(spec.UpdateConfig).toMatchObject({ Order: 'start-first', FailureAction: 'rollback' });
    expect(spec.TaskTemplate.RestartPolicy.Condition).toBe('on-failure');
    expect(spec.TaskTemplate.Resources.Limits.MemoryBytes).toBe(512 * 1024 * 1024);
    expect(spec.TaskTemplate.ContainerSpec).toMatchObject({ ReadOnly: true, CapabilityDrop: ['ALL'] });

    const healthy = () => {
      const ids = engine.docker([
        'ps',
        '--quiet',
        '--filter',
        `label=com.docker.swarm.service.name=${service}`,
      ]);
      const containers = ids.stdout.split('\n').filter(Boolean);
      if (containers.length !== 2) return false;
      return containers.every(
        (id) =>
          engine.docker(['inspect', '--format', '{{.State.Health.Status}}', id]).stdout.trim() === 'healthy',
      );
    };
    expect(await waitFor(healthy, 90_000)).toBe(true);
  });
});
