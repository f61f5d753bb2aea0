/**
 * The e2e tests' access to the real engine. In CI (CI=true) a missing engine fails the run, because a
 * silent skip would make a green CI mean nothing; on a developer machine the suites skip with one line.
 */

import { spawnSync } from 'node:child_process';
import { type DockerCli, engineVersion, findDockerCli } from '../../src/docker/client.js';

export interface Engine {
  cli: DockerCli;
  version: string;
  docker(
    args: string[],
    options?: { input?: string; cwd?: string; timeoutMs?: number; env?: Record<string, string> },
  ): { status: number; stdout: string; stderr: string };
}

let probed: { engine: Engine | undefined; reason: string } | undefined;

export function probeEngine(): { engine: Engine | undefined; reason: string } {
  if (probed) return probed;
  try {
    const cli = findDockerCli();
    const version = engineVersion(cli);
    const docker: Engine['docker'] = (args, options = {}) => {
      const result = spawnSync(cli.path, args, {
        encoding: 'utf8',
        input: options.input,
        cwd: options.cwd,
        timeout: options.timeoutMs ?? 300_000,
        env: { ...process.env, DOCKER_BUILDKIT: '1', ...options.env },
      });
      return { status: result.status ?? -1, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
    };
    probed = { engine: { cli, version, docker }, reason: '' };
  } catch (error) {
    probed = { engine: undefined, reason: (error as Error).message };
  }
  if (!probed.engine) {
    if (process.env.CI === 'true') throw new Error(`CI=true but no Docker engine: ${probed.reason}`);
    console.warn(`e2e: skipped, no Docker engine (${probed.reason})`);
  }
  return probed;
}

/** True when every image exists locally; the e2e tests need the stand-ins (`npm run standins`). */
export function missingImages(engine: Engine, images: string[]): string[] {
  return images.filter((image) => engine.docker(['image', 'inspect', image]).status !== 0);
}
