/**
 * Builds one image on BuildKit: `docker buildx build` when the buildx plugin is there, else the classic
 * client with DOCKER_BUILDKIT=1 (Debian's docker.io 20.10, which reaches the engine's BuildKit directly).
 * The flags are docker's own, passed through; the result is the image id, the steps and the time.
 */

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EngineError, UsageError } from '../core/errors.js';
import { lastLine } from '../io/process.js';
import { BuildProgress, type BuildStep, type ProgressEvent } from './build-progress.js';
import type { DockerEngine } from './engine.js';

export interface BuildRequest {
  context: string;
  /** Path of the Dockerfile; docker's default (`<context>/Dockerfile`) when absent. */
  dockerfile?: string;
  tags: string[];
  target?: string;
  platforms: string[];
  buildArgs: string[];
  secrets: string[];
  network?: string;
  noCache: boolean;
  push: boolean;
}

export interface BuildResult {
  imageId: string;
  steps: BuildStep[];
  seconds: number;
}

/** The docker arguments for a request; pure, so the translation is tested without an engine. */
export function buildArguments(request: BuildRequest, buildx: boolean, iidFile: string): string[] {
  if (!buildx && request.platforms.length > 1) {
    throw new UsageError(
      `building for ${request.platforms.length} platforms at once needs the buildx plugin; build one --platform at a time, or install docker-buildx`,
    );
  }
  if (buildx && request.push && !request.tags.length)
    throw new UsageError('--push needs a name: add -t registry/name:tag');
  const args = buildx ? ['buildx', 'build'] : ['build'];
  args.push('--progress=plain', '--iidfile', iidFile);
  if (request.dockerfile) args.push('--file', request.dockerfile);
  for (const tag of request.tags) args.push('--tag', tag);
  if (request.target) args.push('--target', request.target);
  if (request.platforms.length) args.push('--platform', request.platforms.join(','));
  for (const arg of request.buildArgs) args.push('--build-arg', arg);
  for (const secret of request.secrets) args.push('--secret', secret);
  if (request.network) args.push('--network', request.network);
  if (request.noCache) args.push('--no-cache');
  // buildx keeps results in its cache unless told where they go; a multi-platform image cannot be
  // loaded into the classic image store, so it is pushed or left in the cache.
  if (buildx) {
    if (request.push) args.push('--push');
    else if (request.platforms.length <= 1) args.push('--load');
  }
  args.push(request.context);
  return args;
}

export async function buildImage(
  engine: DockerEngine,
  request: BuildRequest,
  onProgress: (event: ProgressEvent) => void = () => {},
): Promise<BuildResult> {
  const scratch = mkdtempSync(join(tmpdir(), 'shipshape-build-'));
  const iidFile = join(scratch, 'iid');
  const progress = new BuildProgress();
  const began = performance.now();
  try {
    const result = await engine.call(buildArguments(request, engine.cli.buildx, iidFile), {
      onStderrLine: (line) => {
        const event = progress.feed(line);
        if (event) onProgress(event);
      },
    });
    const seconds = (performance.now() - began) / 1000;
    if (result.status !== 0) throw new EngineError(buildFailure(progress.steps(), result.stderr));
    let imageId = '';
    try {
      imageId = readFileSync(iidFile, 'utf8').trim();
    } catch {
      // buildx writes no id for a multi-platform build that is not pushed.
    }
    if (request.push && !engine.cli.buildx) {
      for (const tag of request.tags) {
        const pushed = await engine.call(['push', tag]);
        if (pushed.status !== 0)
          throw new EngineError(`push of ${tag} failed: ${lastLine(pushed.stderr) ?? 'no output'}`);
      }
    }
    return { imageId, steps: progress.dockerfileSteps(), seconds };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** One line saying which step failed and its last output line, or docker's own last line. */
export function buildFailure(steps: BuildStep[], stderr: string): string {
  const failed = steps.find((step) => step.status === 'error');
  if (!failed) return `build failed: ${lastLine(stderr) ?? 'no output'}`;
  const said = [...failed.output].reverse().find((line) => line.trim());
  const where = failed.instruction
    ? `${failed.stage ? `${failed.stage}: ` : ''}${failed.instruction}`
    : failed.name;
  return `build failed at ${oneLine(where, 100)}${said ? `: ${oneLine(said, 160)}` : ''}${failed.error ? ` (${oneLine(failed.error, 120)})` : ''}`;
}

function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
