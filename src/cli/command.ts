/**
 * The shape of a subcommand: its options are data (for parsing and for `--help`), its `run` is a
 * function of parsed arguments and injected I/O that returns the exit code.
 */

import { parseArgs } from 'node:util';
import { UsageError } from '../core/errors.js';
import type { CliIo } from './io.js';

export interface OptionSpec {
  type: 'boolean' | 'string';
  short?: string;
  multiple?: boolean;
  /** Shown in `--help`; the value's name after the flag (e.g. `<format>`). */
  description: string;
  valueName?: string;
  default?: string | boolean;
}

export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** Longer help text after the usage line: what the command does and an example. */
  details: string;
  options: Record<string, OptionSpec>;
  run(args: ParsedArgs, io: CliIo): Promise<number>;
}

/** Exit codes, the conventions of linters and docker: 0 clean, 1 findings or failed checks, 2 bad input. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

export const COMMON_OPTIONS: Record<string, OptionSpec> = {
  help: { type: 'boolean', short: 'h', description: 'show this help' },
  json: { type: 'boolean', description: 'print machine-readable JSON on stdout' },
};

export function parseCommandArgs(command: Command, argv: string[]): ParsedArgs {
  const options = { ...COMMON_OPTIONS, ...command.options };
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: Object.fromEntries(
        Object.entries(options).map(([name, spec]) => [
          name,
          {
            type: spec.type,
            ...(spec.short ? { short: spec.short } : {}),
            ...(spec.multiple ? { multiple: true } : {}),
          },
        ]),
      ),
    });
    for (const [name, spec] of Object.entries(options)) {
      if (values[name] === undefined && spec.default !== undefined)
        (values as Record<string, unknown>)[name] = spec.default;
    }
    return { values: values as ParsedArgs['values'], positionals };
  } catch (error) {
    throw new UsageError(
      `${command.name}: ${(error as Error).message.replace(/\. To specify a positional.*$/s, '')}`,
    );
  }
}

export function commandHelp(command: Command): string {
  const options = { ...command.options, ...COMMON_OPTIONS };
  const rows = Object.entries(options).map(([name, spec]) => {
    const flag = `${spec.short ? `-${spec.short}, ` : '    '}--${name}${spec.type === 'string' ? ` <${spec.valueName ?? 'value'}>` : ''}`;
    const extra =
      spec.default !== undefined && spec.type === 'string'
        ? ` (default: ${spec.default})`
        : spec.multiple
          ? ' (repeatable)'
          : '';
    return [flag, spec.description + extra] as const;
  });
  const width = Math.max(...rows.map(([flag]) => flag.length)) + 2;
  return [
    `Usage: ${command.usage}`,
    '',
    command.summary,
    '',
    command.details,
    '',
    'Options:',
    ...rows.map(([flag, description]) => `  ${flag.padEnd(width)}${description}`),
    '',
  ].join('\n');
}

export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === 'string' ? value : undefined;
}

export function listOption(args: ParsedArgs, name: string): string[] {
  const value = args.values[name];
  return Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
}

export function flagOption(args: ParsedArgs, name: string): boolean {
  return args.values[name] === true;
}
