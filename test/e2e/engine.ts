/**
 * The e2e tests' access to the real engine. In CI (CI=true) a missing engine fails the run, because a
 * silent skip would make a green CI mean nothing; on a developer machine the suites skip with one line.
 */

import { spawnSync } from 'node:child_process';
import { type DockerCli, engineVersion, findDockerCli } from '../../src/docker/client.js';
import { standinRows } from './standin-table.js';

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

/**
 * The images that do not exist locally, each with the command that builds its stand-in
 * (`npm run standins -- <group>`, from test/standins/images.tsv): the e2e tests need them.
 */
export function missingImages(engine: Engine, images: string[]): string[] {
  const groups = new Map(standinRows().flatMap((row) => row.tags.map((tag) => [tag, row.group] as const)));
  return images
    .filter((image) => engine.docker(['image', 'inspect', image]).status !== 0)
    .map((image) => {
      const group = groups.get(image);
      return group ? `${image} (npm run standins -- ${group})` : `${image} (no stand-in builds it)`;
    });
}

/** Why a Compose e2e cannot run here (no engine, no Compose plugin), or undefined when it can. */
export function composeUnavailable(engine: Engine | undefined): string | undefined {
  if (!engine) return 'no Docker engine';
  if (engine.docker(['compose', 'version']).status !== 0)
    return 'no docker compose (run scripts/install-docker-plugins.sh)';
  return undefined;
}
