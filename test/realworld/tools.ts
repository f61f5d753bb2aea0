/**
 * The commands the harness drives: shipshape's CLI (the built bin/shipshape.js, as a user runs it) and the
 * Docker client. Every docker call goes through the same client; every shipshape build also writes docker's
 * own plain progress log to a file (through test/realworld/docker-tee.sh named as SHIPSHAPE_DOCKER), because
 * shipshape prints one line for a failed build and the table wants the failing step's last lines.
 */

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CommandResult, type RunOptions, run } from './processes.js';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SHIPSHAPE_BIN = join(REPO_ROOT, 'bin', 'shipshape.js');
const DOCKER_TEE = join(REPO_ROOT, 'test', 'realworld', 'docker-tee.sh');

export function dockerPath(): string {
  if (process.env.SHIPSHAPE_DOCKER) return process.env.SHIPSHAPE_DOCKER;
  return existsSync('/usr/bin/docker') ? '/usr/bin/docker' : 'docker';
}

export function docker(args: string[], options: RunOptions = {}): Promise<CommandResult> {
  return run(dockerPath(), args, {
    timeoutMs: 600_000,
    ...options,
    env: { DOCKER_BUILDKIT: '1', ...options.env },
  });
}

/** shipshape as a user runs it; with `dockerLog`, docker's stderr is also appended to that file. */
export function shipshape(
  args: string[],
  options: RunOptions & { dockerLog?: string } = {},
): Promise<CommandResult> {
  const env: Record<string, string | undefined> = { DOCKER_BUILDKIT: '1', NO_COLOR: '1', ...options.env };
  if (options.dockerLog) {
    env.SHIPSHAPE_DOCKER = DOCKER_TEE;
    env.HARNESS_REAL_DOCKER = dockerPath();
    env.HARNESS_DOCKER_LOG = options.dockerLog;
  }
  return run(process.execPath, [SHIPSHAPE_BIN, ...args], { timeoutMs: 1_800_000, ...options, env });
}

export function shipshapeBuilt(): boolean {
  return existsSync(join(REPO_ROOT, 'dist', 'cli', 'main.js'));
}

export async function imageExists(image: string): Promise<boolean> {
  return (
    (await docker(['image', 'inspect', '--format', '{{.Id}}', image], { timeoutMs: 30_000 })).status === 0
  );
}

export async function imageSize(image: string): Promise<number | undefined> {
  const result = await docker(['image', 'inspect', '--format', '{{.Size}}', image], { timeoutMs: 30_000 });
  const size = Number(result.stdout.trim());
  return result.status === 0 && Number.isFinite(size) ? size : undefined;
}

export function parseJson<T>(text: string): T | undefined {
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}
