/** Builds a generated Dockerfile's production target, runs it until healthy, and stops it: what init's e2e tests assert on. */

import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import { toolVersion } from '../../src/core/version.js';
import { appFacts } from '../../src/detect/app-facts.js';
import { detectRepository } from '../../src/detect/index.js';
import { initFiles } from '../../src/init/init-files.js';
import { nodeFileSystem } from '../../src/io/file-system.js';
import { fileView } from '../../src/stacks/shared/file-view.js';
import type { ImageChoices } from '../../src/stacks/stack.js';
import type { Engine } from './engine.js';

/** Copies an app into `dir` (optionally changing a file) and writes what init generates for it there. */
export function generateInto(
  app: string,
  dir: string,
  change?: (dir: string) => void,
  choices: ImageChoices = { base: 'debian' },
): void {
  cpSync(app, dir, { recursive: true });
  change?.(dir);
  const fs = nodeFileSystem();
  const files = initFiles(
    detectRepository(fileView(fs, dir)),
    (appPath) => appFacts(fs, join(dir, appPath)),
    toolVersion(),
    choices,
  );
  for (const file of files) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.content);
  }
}

export async function waitFor(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

export interface RunTarget {
  dir: string;
  tag: string;
  container: string;
  /** The port the app listens on inside the container, published on 127.0.0.1 only. */
  port: number;
  /** Requested from the host once the container is healthy. */
  path: string;
  /** The Dockerfile relative to `dir`, when it is not `dir/Dockerfile` (an app built from its workspace root). */
  dockerfile?: string;
}

/** The host port Docker picked on 127.0.0.1 for the app's port. */
function publishedPort(docker: Engine['docker'], target: RunTarget): string | undefined {
  return docker(['port', target.container, `${target.port}/tcp`])
    .stdout.trim()
    .split(':')
    .pop();
}

/** Builds one stage of the generated Dockerfile, failing the test with the build's last output. */
function buildStage(docker: Engine['docker'], target: RunTarget, stage: 'production' | 'development'): void {
  const file = target.dockerfile ? ['-f', join(target.dir, target.dockerfile)] : [];
  const build = docker(['build', ...file, '--target', stage, '-t', target.tag, target.dir], {
    timeoutMs: 600_000,
  });
  expect(build.status, build.stderr.slice(-3000)).toBe(0);
}

export async function buildRunStop(docker: Engine['docker'], target: RunTarget) {
  buildStage(docker, target, 'production');
  const user = docker(['image', 'inspect', '--format', '{{.Config.User}}', target.tag]).stdout.trim();
  // The image's healthcheck runs every 30 s; the test asks for 1 s so it need not wait.
  const run = docker([
    'run',
    '-d',
    '--name',
    target.container,
    '-p',
    `127.0.0.1::${target.port}`,
    '--health-interval=1s',
    // As compose.prod.yaml and the Kubernetes manifests run it: a read-only root with a writable /tmp,
    // no capabilities, no privilege escalation.
    '--read-only',
    '--tmpfs',
    '/tmp',
    '--cap-drop',
    'ALL',
    '--security-opt',
    'no-new-privileges',
    target.tag,
  ]);
  expect(run.status, run.stderr).toBe(0);
  const healthy = await waitFor(
    () =>
      docker(['inspect', '--format', '{{.State.Health.Status}}', target.container]).stdout.trim() ===
      'healthy',
    60_000,
  );
  const published = publishedPort(docker, target);
  const { response, body } = await fetch(`http://127.0.0.1:${published}${target.path}`).then(
    async (answer) => ({ response: answer.status, body: await answer.text() }),
    () => ({ response: 0, body: '' }),
  );
  const began = Date.now();
  docker(['stop', '-t', '10', target.container]);
  const stopMs = Date.now() - began;
  const exitCode = docker(['inspect', '--format', '{{.State.ExitCode}}', target.container]).stdout.trim();
  const imageBytes = Number(docker(['image', 'inspect', '--format', '{{.Size}}', target.tag]).stdout.trim());
  return { user, healthy, response, body, stopMs, exitCode, imageBytes };
}

/**
 * Builds the development target and runs it as `docker compose up` would without the source mount:
 * the status of the first answer on the app's port (0 when none came within a minute). Compiled
 * stacks compile at start (`go run`, `cargo run`), hence the wait.
 */
export async function buildRunDevelopment(docker: Engine['docker'], target: RunTarget): Promise<number> {
  buildStage(docker, target, 'development');
  const run = docker([
    'run',
    '-d',
    '--name',
    target.container,
    '-p',
    `127.0.0.1::${target.port}`,
    target.tag,
  ]);
  expect(run.status, run.stderr).toBe(0);
  const published = publishedPort(docker, target);
  let status = 0;
  const deadline = Date.now() + 60_000;
  while (status === 0 && Date.now() < deadline) {
    // Docker's port proxy can accept a connection before the app listens and then hold it: each try
    // gives up after 2 s.
    status = await fetch(`http://127.0.0.1:${published}${target.path}`, {
      signal: AbortSignal.timeout(2000),
    }).then(
      (answer) => answer.status,
      () => 0,
    );
    if (status === 0) await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return status;
}
