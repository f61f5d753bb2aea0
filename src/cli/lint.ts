import { UsageError } from '../core/errors.js';
import { findingJson } from '../core/finding.js';
import { formatStylish } from '../format/stylish.js';
import { discoverTargets } from '../lint/discover.js';
import { lintTargets } from '../lint/lint-files.js';
import { colours, coloursEnabled } from './colours.js';
import { type Command, EXIT, flagOption, stringOption } from './command.js';

const FORMATS = ['stylish', 'json'];

export const lintCommand: Command = {
  name: 'lint',
  summary: 'Check Dockerfiles, Compose files and .dockerignore files against best practice.',
  usage: 'shipshape lint [paths...] [--format stylish|json]',
  details: [
    'Directories are searched for Dockerfile, *.Dockerfile, Dockerfile.*, Containerfile, compose*.y(a)ml,',
    'docker-compose*.y(a)ml and .dockerignore; node_modules and VCS folders are skipped.',
    'Exit codes: 0 no findings, 1 findings, 2 a file could not be read or parsed.',
    '',
    'Example:',
    '  shipshape lint . --format json',
  ].join('\n'),
  options: {
    format: {
      type: 'string',
      short: 'f',
      valueName: 'format',
      description: `output format: ${FORMATS.join(', ')}`,
      default: 'stylish',
    },
  },
  async run(args, io) {
    const format = flagOption(args, 'json') ? 'json' : (stringOption(args, 'format') as string);
    if (!FORMATS.includes(format))
      throw new UsageError(`lint: unknown format '${format}' (expected one of ${FORMATS.join(', ')})`);
    const targets = discoverTargets(args.positionals, io.cwd, io.fs);
    const result = lintTargets(targets, io.fs, io.env);
    for (const error of result.inputErrors) io.stderr(`${error.format()}\n`);
    if (format === 'json') io.stdout(`${JSON.stringify(result.findings.map(findingJson), null, 2)}\n`);
    else io.stdout(formatStylish(result.findings, colours(coloursEnabled(io.env, io.isTTY))));
    if (result.inputErrors.length) return EXIT.usage;
    return result.findings.length ? EXIT.findings : EXIT.ok;
  },
};
