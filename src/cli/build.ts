import { resolve } from 'node:path';
import { formatBytes } from '../core/bytes.js';
import { InputError } from '../core/errors.js';
import { type BuildRequest, type BuildResult, buildImage } from '../docker/build.js';
import { DockerEngine } from '../docker/engine.js';
import { buildProgressView } from './build-progress-view.js';
import { colours, coloursEnabled } from './colours.js';
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
  },
  async run(args, io) {
    const request = buildRequest(args, io);
    const engine = DockerEngine.connect(io.env);
    const result = await buildWithProgress(engine, request, io, flagOption(args, 'json'));
    const image = result.imageId ? await engine.inspectImage(result.imageId) : undefined;
    const cached = result.steps.filter((step) => step.status === 'cached').length;
    if (flagOption(args, 'json')) {
      const summary = {
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
      };
      io.stdout(`${JSON.stringify(summary, null, 2)}\n`);
      return EXIT.ok;
    }
    const paint = colours(coloursEnabled(io.env, io.isTTY));
    const name = request.tags.length ? request.tags.join(', ') : 'untagged: name it with -t name:tag';
    const lines = [
      `${paint.green('built')} ${paint.bold(shortId(result.imageId))} (${name}) in ${result.seconds.toFixed(1)} s`,
    ];
    if (image) lines.push(`  size    ${formatBytes(image.sizeBytes)} in ${image.layerDigests.length} layers`);
    lines.push(`  steps   ${result.steps.length}, ${cached} from cache`);
    io.stdout(`${lines.join('\n')}\n`);
    return EXIT.ok;
  },
};

/** Reads docker's flags into a request, checking the context and Dockerfile exist. */
export function buildRequest(args: ParsedArgs, io: CliIo, dirArgument?: string): BuildRequest {
  const shown = dirArgument ?? args.positionals[0] ?? '.';
  const context = resolve(io.cwd, shown);
  const kind = io.fs.kind(context);
  if (kind !== 'directory') throw new InputError(kind ? 'not a directory' : 'no such directory', shown);
  const file = stringOption(args, 'file');
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
): Promise<BuildResult> {
  const live = Boolean(io.stderrIsTTY) && !quiet;
  const view = buildProgressView(
    (text) => io.stderr(text),
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
