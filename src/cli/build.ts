import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { formatBytes } from '../core/bytes.js';
import { colours, coloursEnabled } from '../core/colours.js';
import { EngineError, InputError, UsageError } from '../core/errors.js';
import { detectRepository } from '../detect/index.js';
import { bakeArguments, bakeImages } from '../docker/bake.js';
import { type BuildRequest, type BuildResult, buildFailure, buildImage } from '../docker/build.js';
import { BuildProgress } from '../docker/build-progress.js';
import { findDockerCli } from '../docker/client.js';
import { DockerEngine } from '../docker/engine.js';
import { buildsFromWorkspaceRoot } from '../stacks/index.js';
import { fileView } from '../stacks/shared/file-view.js';
import { buildProgressView } from './build-progress-view.js';
import { type Command, EXIT, flagOption, listOption, type ParsedArgs, stringOption } from './command.js';
import type { CliIo } from './io.js';

export const BUILD_OPTIONS: Command['options'] = {
  tag: {
    type: 'string',
    short: 't',
    multiple: true,
    valueName: 'name:tag',
    description: 'name and tag the image',
  },
  file: {
    type: 'string',
    short: 'f',
    valueName: 'path',
    description: 'the Dockerfile (default: <dir>/Dockerfile)',
  },
  target: { type: 'string', valueName: 'stage', description: 'build this stage' },
  platform: {
    type: 'string',
    valueName: 'platform',
    description: 'target platform(s), e.g. linux/amd64,linux/arm64',
  },
  'build-arg': { type: 'string', multiple: true, valueName: 'K=V', description: 'set a build argument' },
  secret: {
    type: 'string',
    multiple: true,
    valueName: 'id=…,src=…',
    description: 'expose a secret to RUN --mount=type=secret',
  },
  network: { type: 'string', valueName: 'mode', description: 'network mode for RUN instructions' },
  'no-cache': { type: 'boolean', description: 'do not use the build cache' },
};

export const buildCommand: Command = {
  name: 'build',
  summary: "Build an app's image on BuildKit through your Docker engine.",
  usage: 'shipshape build [dir] [-t name:tag] [--target stage] [--platform p] [--build-arg K=V]...',
  details: [
    'Flags mean what they mean to docker build. Uses `docker buildx build` when the buildx plugin is',
    "installed, else the engine's BuildKit with DOCKER_BUILDKIT=1; DOCKER_HOST and contexts apply.",
    'Prints the steps as they run (on stderr) and a summary: size, layers, time, steps from cache.',
    '',
    'Example:',
    '  shipshape build . -t myapp:dev --target development',
  ].join('\n'),
  options: {
    ...BUILD_OPTIONS,
    push: { type: 'boolean', description: 'push the image after building' },
    bake: {
      type: 'boolean',
      description:
        "build a monorepo's apps through its docker-bake.hcl (needs buildx), named as the file names them",
    },
  },
  async run(args, io) {
    const json = flagOption(args, 'json');
    const plan = buildPlan(args, io);
    const engine = DockerEngine.connect(io.env);
    if (plan.kind === 'bake') return runBake(engine, plan.bakeFile, plan.request, io, json);
    const several = plan.builds.length > 1;
    // One build draws live on a terminal; several at once print plain lines, each named after its app.
    const results = await Promise.all(
      plan.builds.map(async ({ app, request }) => {
        const result = await buildWithProgress(engine, request, io, json, several ? app : undefined);
        const image = result.imageId ? await engine.inspectImage(result.imageId) : undefined;
        return { app, request, result, image };
      }),
    );
    if (json) {
      const summaries = results.map(({ app, request, result, image }) => ({
        ...(several ? { app } : {}),
        imageId: result.imageId,
        tags: request.tags,
        sizeBytes: image?.sizeBytes ?? null,
        layers: image?.layerDigests.length ?? null,
        seconds: Number(result.seconds.toFixed(2)),
        steps: result.steps.map((step) => ({
          stage: step.stage ?? null,
          instruction: step.instruction,
          status: step.status,
          seconds: step.seconds ?? null,
        })),
      }));
      io.stdout(`${JSON.stringify(several ? summaries : summaries[0], null, 2)}\n`);
      return EXIT.ok;
    }
    const paint = colours(coloursEnabled(io.env, io.isTTY));
    const lines: string[] = [];
    for (const { app, request, result, image } of results) {
      const cached = result.steps.filter((step) => step.status === 'cached').length;
      const name = request.tags.length ? request.tags.join(', ') : 'untagged: name it with -t name:tag';
      lines.push(
        `${paint.green('built')} ${several ? `${paint.bold(app)} ` : ''}${paint.bold(shortId(result.imageId))} (${name}) in ${result.seconds.toFixed(1)} s`,
      );
      if (image)
        lines.push(`  size    ${formatBytes(image.sizeBytes)} in ${image.layerDigests.length} layers`);
      lines.push(`  steps   ${result.steps.length}, ${cached} from cache`);
    }
    io.stdout(`${lines.join('\n')}\n`);
    return EXIT.ok;
  },
};

type BuildPlan =
  | { kind: 'builds'; builds: { app: string; request: BuildRequest }[] }
  | { kind: 'bake'; bakeFile: string; request: BuildRequest };

/**
 * What `build [dir]` builds: the directory's Dockerfile; else, in a monorepo, every app that has one
 * (through its docker-bake.hcl when buildx is there to run it), each with the workspace as context when
 * it belongs to the workspace's stack (npm, pnpm, yarn, Cargo, go.work) and with its own folder otherwise,
 * as init wrote its files.
 */
function buildPlan(args: ParsedArgs, io: CliIo): BuildPlan {
  const shown = args.positionals[0] ?? '.';
  const root = resolve(io.cwd, shown);
  // Bake only when asked: its images are named as the file says (REGISTRY/app:TAG), and the same command
  // should build the same images whether or not this machine happens to have the buildx plugin.
  if (flagOption(args, 'bake')) {
    if (io.fs.kind(join(root, 'docker-bake.hcl')) !== 'file')
      throw new UsageError(
        `build --bake: ${join(shown, 'docker-bake.hcl')} does not exist (shipshape init writes it)`,
      );
    if (!buildxAvailable(io))
      throw new UsageError('build --bake needs the buildx plugin (docker buildx version)');
    return {
      kind: 'bake',
      bakeFile: join(root, 'docker-bake.hcl'),
      // The flags as a request; bake reads the Dockerfiles from the bake file, which stands in for one here.
      request: buildRequest(args, io, shown, join(root, 'docker-bake.hcl')),
    };
  }
  if (
    stringOption(args, 'file') ||
    io.fs.kind(join(root, 'Dockerfile')) === 'file' ||
    io.fs.kind(root) !== 'directory'
  )
    return { kind: 'builds', builds: [{ app: basename(root), request: buildRequest(args, io) }] };
  const detected = detectRepository(fileView(io.fs, root));
  const apps = detected.apps.filter((app) => io.fs.kind(join(root, app.path, 'Dockerfile')) === 'file');
  if (!detected.monorepo || !apps.length)
    return { kind: 'builds', builds: [{ app: basename(root), request: buildRequest(args, io) }] };
  return {
    kind: 'builds',
    builds: apps.map((app) => {
      const dockerfile = join(root, app.path, 'Dockerfile');
      const context = buildsFromWorkspaceRoot(detected, app) ? shown : join(shown, app.path);
      const request = buildRequest(args, io, context, dockerfile);
      return { app: app.name, request: { ...request, dockerfile, tags: appTags(request.tags, app.name) } };
    }),
  };
}

/** In a monorepo `-t registry/acme:1.2` names each app `registry/acme/<app>:1.2`; with no -t, `<app>:local`. */
export function appTags(tags: string[], app: string): string[] {
  if (!tags.length) return [`${app}:local`];
  return tags.map((tag) => {
    const colon = tag.lastIndexOf(':');
    const hasTag = colon > tag.lastIndexOf('/');
    return hasTag ? `${tag.slice(0, colon)}/${app}${tag.slice(colon)}` : `${tag}/${app}`;
  });
}

function buildxAvailable(io: CliIo): boolean {
  try {
    return findDockerCli(io.env).buildx;
  } catch {
    return false;
  }
}

async function runBake(
  engine: DockerEngine,
  bakeFile: string,
  request: BuildRequest,
  io: CliIo,
  json: boolean,
): Promise<number> {
  const scratch = mkdtempSync(join(tmpdir(), 'shipshape-bake-'));
  try {
    const metadataFile = join(scratch, 'metadata.json');
    const progress = new BuildProgress();
    const view = buildProgressView(
      (text) => io.stderr(text),
      false,
      colours(coloursEnabled(io.env, Boolean(io.stderrIsTTY))),
    );
    const began = performance.now();
    const result = await engine.call(bakeArguments(bakeFile, request, metadataFile), {
      // The file's contexts are relative to the repository it sits in, wherever shipshape was started.
      cwd: dirname(bakeFile),
      onStderrLine: (line) => {
        const event = progress.feed(line);
        if (event && !json) view.onEvent(event);
      },
    });
    view.close();
    if (result.status !== 0) throw new EngineError(buildFailure(progress.steps(), result.stderr));
    const images = bakeImages(JSON.parse(readFileSync(metadataFile, 'utf8')));
    const seconds = (performance.now() - began) / 1000;
    if (json) {
      // The shape of several builds without bake, so a script reads `build --json` the same either way;
      // bake reports one time for all targets and interleaves their steps, so neither is given per app.
      const summaries = await Promise.all(
        images.map(async (image) => {
          const info = image.imageId ? await engine.inspectImage(image.imageId) : undefined;
          return {
            app: image.target,
            imageId: image.imageId,
            // With --load on the engine's own driver, buildx's metadata names no image: the engine does.
            tags: image.names.length ? image.names : (info?.repoTags ?? []),
            sizeBytes: info?.sizeBytes ?? null,
            layers: info?.layerDigests.length ?? null,
          };
        }),
      );
      io.stdout(`${JSON.stringify(summaries, null, 2)}\n`);
    } else
      io.stdout(
        `${images.map((image) => `built ${image.target} ${shortId(image.imageId)} (${image.names.join(', ') || 'untagged'})`).join('\n')}\n  ${images.length} targets from ${bakeFile} in ${seconds.toFixed(1)} s\n`,
      );
    return EXIT.ok;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Reads docker's flags into a request, checking the context and Dockerfile exist. */
export function buildRequest(
  args: ParsedArgs,
  io: CliIo,
  dirArgument?: string,
  dockerfileOverride?: string,
): BuildRequest {
  const shown = dirArgument ?? args.positionals[0] ?? '.';
  const context = resolve(io.cwd, shown);
  const kind = io.fs.kind(context);
  if (kind !== 'directory') throw new InputError(kind ? 'not a directory' : 'no such directory', shown);
  const file = dockerfileOverride ?? stringOption(args, 'file');
  const dockerfile = file ? resolve(io.cwd, file) : resolve(context, 'Dockerfile');
  if (io.fs.kind(dockerfile) !== 'file') {
    throw new InputError(
      file ? 'no such Dockerfile' : `no Dockerfile here: run \`shipshape init ${shown}\` first, or pass -f`,
      file ?? shown,
    );
  }
  const platform = stringOption(args, 'platform');
  return {
    context,
    ...(file ? { dockerfile } : {}),
    tags: listOption(args, 'tag'),
    ...(stringOption(args, 'target') ? { target: stringOption(args, 'target') } : {}),
    platforms: platform
      ? platform
          .split(',')
          .map((p) => p.trim())
          .filter(Boolean)
      : [],
    buildArgs: listOption(args, 'build-arg'),
    secrets: listOption(args, 'secret'),
    ...(stringOption(args, 'network') ? { network: stringOption(args, 'network') } : {}),
    noCache: flagOption(args, 'no-cache'),
    push: flagOption(args, 'push'),
  };
}

export async function buildWithProgress(
  engine: DockerEngine,
  request: BuildRequest,
  io: CliIo,
  quiet: boolean,
  /** Names the build on each line when several run at once. */
  label?: string,
): Promise<BuildResult> {
  const live = Boolean(io.stderrIsTTY) && !quiet && label === undefined;
  const view = buildProgressView(
    (text) => io.stderr(label === undefined || !text.trim() ? text : `${label}: ${text.replace(/^\s+/, '')}`),
    live,
    colours(coloursEnabled(io.env, Boolean(io.stderrIsTTY))),
  );
  try {
    return await buildImage(engine, request, (event) => {
      if (!quiet || event.step.status === 'error') view.onEvent(event);
    });
  } finally {
    view.close();
  }
}

export function shortId(id: string): string {
  return id.replace(/^sha256:/, '').slice(0, 12) || '(no image id)';
}
