/**
 * Finds a docker client that can build with BuildKit. Since Docker 23 the CLI builds through the buildx
 * plugin when BuildKit is on, and refuses to build when the plugin is missing; an older client (such as
 * Debian's docker.io 20.10) talks to the engine's BuildKit directly with DOCKER_BUILDKIT=1. So a client
 * qualifies when it has buildx, or when it is older than 23.
 */

import { spawnSync } from 'node:child_process';
import { delimiter, join } from 'node:path';
import { EngineError } from '../core/errors.js';

export interface DockerCli {
  path: string;
  clientVersion: string;
  buildx: boolean;
}

export type Runner = (
  command: string,
  args: string[],
  env: Record<string, string | undefined>,
) => { status: number | null; stdout: string };

const defaultRunner: Runner = (command, args, env) => {
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    timeout: 15_000,
    env: env as NodeJS.ProcessEnv,
  });
  return { status: result.status, stdout: result.stdout ?? '' };
};

export function dockerCandidates(env: Record<string, string | undefined>): string[] {
  const candidates: string[] = [];
  if (env.SHIPSHAPE_DOCKER) candidates.push(env.SHIPSHAPE_DOCKER);
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) candidates.push(join(dir, 'docker'));
  candidates.push('/usr/bin/docker');
  return [...new Set(candidates)];
}

export function findDockerCli(
  env: Record<string, string | undefined> = process.env,
  run: Runner = defaultRunner,
): DockerCli {
  const rejected: string[] = [];
  for (const path of dockerCandidates(env)) {
    const version = run(path, ['version', '--format', '{{.Client.Version}}'], env);
    const clientVersion = version.stdout.trim().split('\n')[0] ?? '';
    if (!clientVersion) continue;
    const buildx = run(path, ['buildx', 'version'], env).status === 0;
    const major = Number.parseInt(clientVersion, 10);
    if (buildx || (Number.isFinite(major) && major < 23)) return { path, clientVersion, buildx };
    rejected.push(`${path} (${clientVersion}, no buildx plugin)`);
  }
  const why = rejected.length
    ? `found only clients that cannot build with BuildKit: ${rejected.join(', ')}`
    : 'no docker client on PATH';
  throw new EngineError(
    `${why}; install Docker with the buildx plugin, or set SHIPSHAPE_DOCKER to a client that builds`,
  );
}

/** The engine's version, or an EngineError saying why it cannot be reached. */
export function engineVersion(
  cli: DockerCli,
  env: Record<string, string | undefined> = process.env,
  run: Runner = defaultRunner,
): string {
  const info = run(cli.path, ['version', '--format', '{{.Server.Version}}'], env);
  const version = info.stdout.trim();
  if (info.status !== 0 || !version) {
    throw new EngineError(
      `cannot reach a Docker engine with ${cli.path} (is dockerd running? DOCKER_HOST=${env.DOCKER_HOST ?? 'unset'})`,
    );
  }
  return version;
}
