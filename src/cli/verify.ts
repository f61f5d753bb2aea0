import { randomBytes } from 'node:crypto';
import { parseBytes } from '../core/bytes.js';
import { colours, coloursEnabled } from '../core/colours.js';
import { UsageError } from '../core/errors.js';
import { DockerEngine } from '../docker/engine.js';
import { CHECK_IDS, type CheckId } from '../verify/check.js';
import { DEFAULT_WASTE_THRESHOLDS } from '../verify/checks/layer-waste.js';
import { SEVERITIES, type Severity } from '../verify/checks/scan.js';
import { checkLine, formatJson, formatMarkdown, formatText } from '../verify/format.js';
import { VERIFY_LABEL, verifyImage } from '../verify/verify-image.js';
import { BUILD_OPTIONS, buildRequest, buildWithProgress } from './build.js';
import { type Command, EXIT, flagOption, listOption, type ParsedArgs, stringOption } from './command.js';
import type { CliIo } from './io.js';

const FORMATS = ['text', 'json', 'markdown'] as const;

export const verifyCommand: Command = {
  name: 'verify',
  summary:
    'Prove an image is production-ready by running it: non-root, healthy, stops on SIGTERM, no secrets.',
  usage: 'shipshape verify <image> | shipshape verify --build [dir] [build flags]',
  details: [
    `Checks: ${CHECK_IDS.join(', ')}.`,
    'Containers run with ports published on 127.0.0.1 only and are always removed, even on Ctrl-C.',
    'cache-reuse needs --build: it rebuilds a copy of the context after changing one source file.',
    'scan uses Trivy or Grype when installed. Exit 1 when a check fails.',
    '',
    'Examples:',
    '  shipshape verify myapp:1.2.0 --max-size 200MB',
    '  shipshape verify --build . --format markdown > verify.md',
    '  shipshape verify shop:1.0 --tmpfs /app/tmp     (Rails writes tmp/ on a read-only root)',
  ].join('\n'),
  options: {
    build: {
      type: 'boolean',
      description: 'build the directory first (with the build flags), then verify it',
    },
    format: {
      type: 'string',
      valueName: 'format',
      description: `output format: ${FORMATS.join(', ')}`,
      default: 'text',
    },
    'max-size': {
      type: 'string',
      valueName: 'size',
      description: 'fail when the image is larger (e.g. 200MB)',
    },
    'stop-timeout': {
      type: 'string',
      valueName: 'seconds',
      description: 'seconds docker stop waits before SIGKILL',
      default: '10',
    },
    timeout: {
      type: 'string',
      valueName: 'seconds',
      description: 'seconds to wait for the container to become healthy',
      default: '60',
    },
    'health-cmd': {
      type: 'string',
      valueName: 'command',
      description: 'a health check for images without one',
    },
    'lowest-efficiency': {
      type: 'string',
      valueName: 'ratio',
      description: "layer-waste: dive's lowest efficiency",
      default: String(DEFAULT_WASTE_THRESHOLDS.lowestEfficiency),
    },
    'highest-user-wasted-percent': {
      type: 'string',
      valueName: 'ratio',
      description: "layer-waste: dive's highest wasted share of the added bytes",
      default: String(DEFAULT_WASTE_THRESHOLDS.highestUserWastedRatio),
    },
    'highest-wasted-bytes': {
      type: 'string',
      valueName: 'size',
      description: 'layer-waste: most wasted bytes',
    },
    'fail-on': {
      type: 'string',
      valueName: 'severity',
      description: `scan: fail at this severity or above (${SEVERITIES.join(', ')})`,
      default: 'critical',
    },
    skip: { type: 'string', multiple: true, valueName: 'check', description: 'do not run this check' },
    tmpfs: {
      type: 'string',
      multiple: true,
      valueName: 'path',
      description: 'read-only-rootfs: another writable tmpfs besides /tmp (a framework cache folder)',
    },
    ...BUILD_OPTIONS,
  },
  async run(args, io) {
    const format = chosenFormat(args);
    const options = verifyOptions(args);
    const json = format === 'json';
    const paint = colours(coloursEnabled(io.env, io.isTTY));
    let image = args.positionals[0];
    if (!flagOption(args, 'build') && !image)
      throw new UsageError(
        'verify: name an image (shipshape verify myapp:1.0), or build one with --build [dir]',
      );
    const build = flagOption(args, 'build') ? buildRequest(args, io) : undefined;
    const engine = DockerEngine.connect(io.env);
    if (build) {
      const built = await buildWithProgress(engine, build, io, json);
      image = build.tags[0] ?? built.imageId;
    } else if (!image) {
      throw new UsageError(
        'verify: name an image (shipshape verify myapp:1.0), or build one with --build [dir]',
      );
    }
    if (!image) throw new UsageError('verify: the build produced no image to verify');
    const runId = randomBytes(4).toString('hex');
    const stopOnSignal = interruptCleanup(engine, runId, io);
    try {
      const report = await verifyImage(engine, image, {
        ...options,
        runId,
        env: io.env,
        ...(build ? { build } : {}),
        // Progress goes to stderr as each check is decided; the report itself to stdout.
        onCheck:
          format === 'text'
            ? (check) =>
                io.stderr(`${checkLine(check, colours(coloursEnabled(io.env, Boolean(io.stderrIsTTY))))}\n`)
            : undefined,
      });
      io.stdout(
        format === 'json'
          ? formatJson(report)
          : format === 'markdown'
            ? formatMarkdown(report)
            : formatText(report, paint),
      );
      return report.passed ? EXIT.ok : EXIT.findings;
    } finally {
      stopOnSignal();
    }
  },
};

function chosenFormat(args: ParsedArgs): (typeof FORMATS)[number] {
  if (flagOption(args, 'json')) return 'json';
  const format = stringOption(args, 'format') ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format))
    throw new UsageError(`verify: unknown --format '${format}' (expected ${FORMATS.join(', ')})`);
  return format as (typeof FORMATS)[number];
}

/** /tmp and the --tmpfs paths, absolute, once each. */
function writablePaths(tmpfs: string[]): string[] {
  const paths = tmpfs.flatMap((list) => list.split(',')).map((path) => path.trim());
  const relative = paths.find((path) => !path.startsWith('/'));
  if (relative !== undefined)
    throw new UsageError(`verify: --tmpfs wants an absolute path, not '${relative}'`);
  return [...new Set(['/tmp', ...paths])];
}

function verifyOptions(args: ParsedArgs) {
  const number = (name: string, min: number, max: number): number => {
    const text = stringOption(args, name) ?? '';
    const value = Number(text);
    if (text === '' || !Number.isFinite(value) || value < min || value > max)
      throw new UsageError(`verify: --${name} must be a number from ${min} to ${max}, not '${text}'`);
    return value;
  };
  const size = (name: string): number | undefined => {
    const text = stringOption(args, name);
    if (text === undefined) return undefined;
    const bytes = parseBytes(text);
    if (bytes === undefined)
      throw new UsageError(`verify: --${name} must be a size such as 200MB, not '${text}'`);
    return bytes;
  };
  const skip = listOption(args, 'skip')
    .flatMap((list) => list.split(','))
    .map((id) => id.trim());
  const unknown = skip.filter((id) => !(CHECK_IDS as readonly string[]).includes(id));
  if (unknown.length)
    throw new UsageError(
      `verify: unknown check '${unknown[0]}' for --skip (expected ${CHECK_IDS.join(', ')})`,
    );
  const failOn = stringOption(args, 'fail-on') ?? 'critical';
  if (!(SEVERITIES as readonly string[]).includes(failOn))
    throw new UsageError(`verify: --fail-on must be one of ${SEVERITIES.join(', ')}`);
  const healthCmd = stringOption(args, 'health-cmd');
  const maxSizeBytes = size('max-size');
  const highestWastedBytes = size('highest-wasted-bytes');
  return {
    ...(maxSizeBytes !== undefined ? { maxSizeBytes } : {}),
    stopTimeoutSeconds: number('stop-timeout', 1, 3600),
    readyTimeoutSeconds: number('timeout', 1, 3600),
    ...(healthCmd ? { healthCmd } : {}),
    waste: {
      lowestEfficiency: number('lowest-efficiency', 0, 1),
      highestUserWastedRatio: number('highest-user-wasted-percent', 0, 1),
      ...(highestWastedBytes !== undefined ? { highestWastedBytes } : {}),
    },
    scanFailOn: failOn as Severity,
    skip: skip as CheckId[],
    writable: writablePaths(listOption(args, 'tmpfs')),
  };
}

/**
 * On Ctrl-C (or SIGTERM from CI) stops the docker calls under way and removes every container this run
 * started, then exits 130 as shells expect. Returns the function that uninstalls the handler.
 */
function interruptCleanup(engine: DockerEngine, runId: string, io: CliIo): () => void {
  const handler = (signal: NodeJS.Signals) => {
    io.stderr(`\nshipshape: ${signal}: removing verify containers\n`);
    engine.abortCalls();
    engine
      .containersLabelled(`${VERIFY_LABEL}=${runId}`)
      .then((ids) => engine.remove(ids))
      .finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
  return () => {
    process.removeListener('SIGINT', handler);
    process.removeListener('SIGTERM', handler);
  };
}
