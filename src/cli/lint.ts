import { colours, coloursEnabled } from '../core/colours.js';
import { UsageError } from '../core/errors.js';
import { SEVERITY_ORDER, type Severity } from '../core/finding.js';
import { escapeControlCharacters } from '../core/terminal-text.js';
import { FORMATS, formatFindings } from '../format/index.js';
import { toolProjectLinks } from '../format/project-links.js';
import { loadLintConfig } from '../lint/config-file.js';
import { discoverTargets } from '../lint/discover.js';
import { lintTargets } from '../lint/lint-files.js';
import { lintInWorkers, workerCount } from '../lint/parallel.js';
import { stdinTarget } from '../lint/stdin-target.js';
import { type Command, EXIT, flagOption, stringOption } from './command.js';
import type { CliIo } from './io.js';

const THRESHOLDS = ['error', 'warning', 'info', 'style', 'none'];

export const lintCommand: Command = {
  name: 'lint',
  summary: 'Check Dockerfiles, Compose files and .dockerignore files against best practice.',
  usage: 'shipshape lint [paths... | - --stdin-filename <path>] [--format <format>] [--fix | --fix-dry-run]',
  details: [
    'Directories are searched for Dockerfile, *.Dockerfile, Dockerfile.*, Containerfile, compose*.y(a)ml,',
    'docker-compose*.y(a)ml and .dockerignore; node_modules and VCS folders are skipped.',
    'Configuration: .shipshape.yaml (or .hadolint.yaml) in the working directory or above, or --config.',
    'Inline: `# shipshape-ignore <rule>` (or `# hadolint ignore=DL3008`) above an instruction or compose key.',
    '`-` reads one file from standard input; --stdin-filename says what it is (its kind by name, the',
    '.dockerignore beside it, the `ignores` paths that match it) and names it in the output.',
    'Exit codes: 0 no findings at or above the failure threshold, 1 findings, 2 a file could not be read or parsed.',
    '',
    'Example:',
    '  shipshape lint . --format sarif > shipshape.sarif',
  ].join('\n'),
  options: {
    format: {
      type: 'string',
      short: 'f',
      valueName: 'format',
      description: `output format: ${FORMATS.join(', ')}`,
      default: 'stylish',
    },
    fix: { type: 'boolean', description: 'apply the fixes that keep meaning, then report what is left' },
    'fix-dry-run': { type: 'boolean', description: 'print the fixes as a diff without writing them' },
    'fix-suggestions': {
      type: 'boolean',
      description: 'with --fix or --fix-dry-run, also apply the suggested edits that change what gets built',
    },
    config: {
      type: 'string',
      short: 'c',
      valueName: 'file',
      description: 'configuration file (.shipshape.yaml or .hadolint.yaml)',
    },
    'stdin-filename': {
      type: 'string',
      valueName: 'path',
      description: 'with `-`: the path the text on standard input stands for (default: Dockerfile)',
    },
    'failure-threshold': {
      type: 'string',
      valueName: 'severity',
      description: `lowest severity that fails the run: ${THRESHOLDS.join(', ')}`,
    },
  },
  async run(args, io) {
    const named = stringOption(args, 'format') as string;
    if (flagOption(args, 'json') && named !== 'stylish' && named !== 'json')
      throw new UsageError(`lint: --json and --format ${named} exclude each other`);
    const format = flagOption(args, 'json') ? 'json' : named;
    if (!FORMATS.includes(format))
      throw new UsageError(`lint: unknown format '${format}' (expected one of ${FORMATS.join(', ')})`);
    const threshold = stringOption(args, 'failure-threshold');
    if (threshold && !THRESHOLDS.includes(threshold))
      throw new UsageError(
        `lint: unknown failure threshold '${threshold}' (expected one of ${THRESHOLDS.join(', ')})`,
      );
    if (flagOption(args, 'fix') && flagOption(args, 'fix-dry-run'))
      throw new UsageError('lint: --fix and --fix-dry-run exclude each other');
    if (flagOption(args, 'fix-suggestions') && !flagOption(args, 'fix') && !flagOption(args, 'fix-dry-run'))
      throw new UsageError('lint: --fix-suggestions goes with --fix or --fix-dry-run');

    const loaded = loadLintConfig(io.fs, io.cwd, stringOption(args, 'config'));
    const fix = flagOption(args, 'fix') ? 'write' : flagOption(args, 'fix-dry-run') ? 'dry-run' : 'none';
    const stdin = await readStdinTarget(args.positionals, stringOption(args, 'stdin-filename'), fix, io);
    const targets = stdin ? [stdin.target] : discoverTargets(args.positionals, io.cwd, io.fs);
    const runOptions = {
      env: io.env,
      config: loaded.config,
      configDirectory: loaded.directory,
      cwd: io.cwd,
      fix,
      suggestions: flagOption(args, 'fix-suggestions') === true,
      shellcheck: loaded.config.shellcheck === true || io.env.SHIPSHAPE_SHELLCHECK === '1',
    } as const;
    // SHIPSHAPE_WORKERS pins the number of threads (1 turns parallel linting off).
    const pinned = Number.parseInt(io.env.SHIPSHAPE_WORKERS ?? '', 10);
    const workers =
      stdin || !io.parallel
        ? 1
        : pinned > 0
          ? Math.min(pinned, targets.length || 1)
          : workerCount(targets.length);
    const result =
      workers > 1
        ? await lintInWorkers(targets, runOptions, workers)
        : lintTargets(targets, { ...runOptions, fs: stdin ? stdin.fs : io.fs });

    for (const error of result.inputErrors) io.stderr(`${error.format()}\n`);
    if (result.shellcheckMissing)
      io.stderr(
        'hint: shellcheck is not installed, RUN scripts were checked for syntax only (apt-get install shellcheck)\n',
      );
    // A diff quotes the file: its control characters are escaped like every other line we print.
    if (fix === 'dry-run') for (const diff of result.diffs) io.stdout(escapeControlCharacters(diff));
    io.stdout(
      formatFindings(format, result.findings, {
        colours: colours(coloursEnabled(io.env, io.isTTY)),
        source: (file) => result.texts.get(file),
        cwd: io.cwd,
        links: toolProjectLinks(),
      }),
    );
    if (fix === 'write' && result.fixedFiles && format === 'stylish')
      io.stderr(`fixed ${result.fixedFiles} file${result.fixedFiles === 1 ? '' : 's'}\n`);

    if (result.inputErrors.length) return EXIT.usage;
    const failAt = (threshold ?? loaded.config.failureThreshold) as Severity | 'none';
    if (failAt === 'none') return EXIT.ok;
    const failing = result.findings.some(
      (finding) => SEVERITY_ORDER[finding.severity] >= SEVERITY_ORDER[failAt],
    );
    return failing ? EXIT.findings : EXIT.ok;
  },
};

async function readStdinTarget(
  positionals: string[],
  stdinFilename: string | undefined,
  fix: 'none' | 'write' | 'dry-run',
  io: CliIo,
) {
  if (!positionals.includes('-')) {
    if (stdinFilename) throw new UsageError('lint: --stdin-filename applies only when reading `-`');
    return undefined;
  }
  if (positionals.length > 1) throw new UsageError('lint: `-` reads one file; give no other paths with it');
  if (fix === 'write')
    throw new UsageError('lint: --fix cannot write back to standard input; use --fix-dry-run');
  if (!io.readStdin) throw new UsageError('lint: there is no standard input to read');
  return stdinTarget(await io.readStdin(), stdinFilename, io.cwd, io.fs);
}
