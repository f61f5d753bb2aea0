import { UsageError } from '../core/errors.js';
import { SEVERITY_ORDER, type Severity } from '../core/finding.js';
import { FORMATS, formatFindings } from '../format/index.js';
import { loadLintConfig } from '../lint/config-file.js';
import { discoverTargets } from '../lint/discover.js';
import { lintTargets } from '../lint/lint-files.js';
import { lintInWorkers, workerCount } from '../lint/parallel.js';
import { colours, coloursEnabled } from './colours.js';
import { type Command, EXIT, flagOption, stringOption } from './command.js';

const THRESHOLDS = ['error', 'warning', 'info', 'style', 'none'];

export const lintCommand: Command = {
  name: 'lint',
  summary: 'Check Dockerfiles, Compose files and .dockerignore files against best practice.',
  usage: 'shipshape lint [paths...] [--format <format>] [--fix | --fix-dry-run]',
  details: [
    'Directories are searched for Dockerfile, *.Dockerfile, Dockerfile.*, Containerfile, compose*.y(a)ml,',
    'docker-compose*.y(a)ml and .dockerignore; node_modules and VCS folders are skipped.',
    'Configuration: .shipshape.yaml (or .hadolint.yaml) in the working directory or above, or --config.',
    'Inline: `# shipshape-ignore <rule>` (or `# hadolint ignore=DL3008`) above an instruction or compose key.',
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
    'failure-threshold': {
      type: 'string',
      valueName: 'severity',
      description: `lowest severity that fails the run: ${THRESHOLDS.join(', ')}`,
    },
  },
  async run(args, io) {
    const format = flagOption(args, 'json') ? 'json' : (stringOption(args, 'format') as string);
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
    const targets = discoverTargets(args.positionals, io.cwd, io.fs);
    const fix = flagOption(args, 'fix') ? 'write' : flagOption(args, 'fix-dry-run') ? 'dry-run' : 'none';
    const runOptions = {
      env: io.env,
      config: loaded.config,
      configDirectory: loaded.directory,
      fix,
      suggestions: flagOption(args, 'fix-suggestions') === true,
      shellcheck: loaded.config.shellcheck === true || io.env.SHIPSHAPE_SHELLCHECK === '1',
    } as const;
    // SHIPSHAPE_WORKERS pins the number of threads (1 turns parallel linting off).
    const pinned = Number.parseInt(io.env.SHIPSHAPE_WORKERS ?? '', 10);
    const workers = !io.parallel
      ? 1
      : pinned > 0
        ? Math.min(pinned, targets.length || 1)
        : workerCount(targets.length);
    const result =
      workers > 1
        ? await lintInWorkers(targets, runOptions, workers)
        : lintTargets(targets, { ...runOptions, fs: io.fs });

    for (const error of result.inputErrors) io.stderr(`${error.format()}\n`);
    if (result.shellcheckMissing)
      io.stderr(
        'hint: shellcheck is not installed, RUN scripts were checked for syntax only (apt-get install shellcheck)\n',
      );
    if (fix === 'dry-run') for (const diff of result.diffs) io.stdout(diff);
    io.stdout(
      formatFindings(format, result.findings, {
        colours: colours(coloursEnabled(io.env, io.isTTY)),
        source: (file) => result.texts.get(file),
        cwd: io.cwd,
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
