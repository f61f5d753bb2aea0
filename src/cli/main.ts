/**
 * The edge of the program: picks the command, parses its arguments, runs it, and turns every error into
 * one line and an exit code. Commands load lazily so `shipshape lint` never pays for `build`'s imports.
 */

import { InputError, ShipshapeError, UsageError } from '../core/errors.js';
import { toolVersion } from '../core/version.js';
import { type Command, commandHelp, EXIT, flagOption, parseCommandArgs } from './command.js';
import { type CliIo, processIo } from './io.js';

const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  detect: {
    summary: 'print the stack plan of an app or monorepo',
    load: async () => (await import('./detect.js')).detectCommand,
  },
  init: {
    summary: 'write Dockerfile, .dockerignore, compose and deploy files',
    load: async () => (await import('./init.js')).initCommand,
  },
  lint: {
    summary: 'check Dockerfiles, Compose files and .dockerignore',
    load: async () => (await import('./lint.js')).lintCommand,
  },
  build: {
    summary: 'build an image on BuildKit through your Docker engine',
    load: async () => (await import('./build.js')).buildCommand,
  },
  verify: {
    summary: 'prove an image by running it',
    load: async () => (await import('./verify.js')).verifyCommand,
  },
  rules: {
    summary: 'list the lint rules, or show one',
    load: async () => (await import('./rules.js')).rulesCommand,
  },
  lsp: {
    summary: 'run a language server for editors (--stdio)',
    load: async () => (await import('./lsp.js')).lspCommand,
  },
};

function mainHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length)) + 2;
  return [
    'Usage: shipshape <command> [options]',
    '',
    'Put any application into production-grade containers, and prove that they are.',
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([name, { summary }]) => `  ${name.padEnd(width)}${summary}`),
    '',
    'Run `shipshape <command> --help` for its options. Every command takes --json.',
    '',
  ].join('\n');
}

export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  const wantsJson =
    rest.includes('--json') ||
    rest.includes('--format=json') ||
    /(^|\s)(-f|--format)\s+json(\s|$)/.test(rest.join(' '));
  try {
    if (!name || name === '--help' || name === '-h' || name === 'help') {
      io.stdout(mainHelp());
      return name ? EXIT.ok : EXIT.usage;
    }
    if (name === '--version' || name === '-v') {
      // The verbose form loads the image table: only on request.
      io.stdout(
        rest.includes('--verbose')
          ? (await import('./version-info.js')).verboseVersion()
          : `${toolVersion()}\n`,
      );
      return EXIT.ok;
    }
    const entry = COMMANDS[name];
    if (!entry)
      throw new UsageError(`unknown command '${name}' (expected one of ${Object.keys(COMMANDS).join(', ')})`);
    const command = await entry.load();
    const args = parseCommandArgs(command, rest);
    if (flagOption(args, 'help')) {
      io.stdout(commandHelp(command));
      return EXIT.ok;
    }
    return await command.run(args, io);
  } catch (error) {
    return reportError(error, io, wantsJson);
  }
}

function reportError(error: unknown, io: CliIo, json: boolean): number {
  if (error instanceof ShipshapeError) {
    const message = error instanceof InputError ? error.format() : error.message;
    io.stderr(`shipshape: ${message}\n`);
    if (error instanceof UsageError) io.stderr('Run `shipshape --help` for usage.\n');
    if (json) io.stdout(`${JSON.stringify({ error: { kind: error.name, message } })}\n`);
    return EXIT.usage;
  }
  // Not one of ours: a bug. Say so in one line; the stack only on request.
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(`shipshape: internal error: ${message} (set SHIPSHAPE_DEBUG=1 for details)\n`);
  if (io.env.SHIPSHAPE_DEBUG && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  return EXIT.usage;
}
