import { resolve } from 'node:path';
import type { AppPlan, DetectResult } from '../core/app-plan.js';
import { colours, coloursEnabled } from '../core/colours.js';
import { InputError } from '../core/errors.js';
import { detectRepository } from '../detect/index.js';
import { fileView } from '../stacks/shared/file-view.js';
import { type Command, EXIT, flagOption } from './command.js';

export const detectCommand: Command = {
  name: 'detect',
  summary: 'Read a repository (never running its code) and print the stack plan that init renders.',
  usage: 'shipshape detect [dir] [--json]',
  details: [
    'Each value says where it came from. Exit 1 when no app is recognised, with what was found.',
    'The JSON output follows docs/detect.schema.json.',
    '',
    'Example:',
    '  shipshape detect examples/node-http --json',
  ].join('\n'),
  options: {},
  async run(args, io) {
    const dir = resolve(io.cwd, args.positionals[0] ?? '.');
    if (io.fs.kind(dir) !== 'directory')
      throw new InputError(
        io.fs.kind(dir) ? 'not a directory' : 'no such directory',
        args.positionals[0] ?? '.',
      );
    const result = detectRepository(fileView(io.fs, dir));
    // Every key of the contract is present: a value detect could not find is null, not missing.
    if (flagOption(args, 'json'))
      io.stdout(`${JSON.stringify(result, (_key, value) => (value === undefined ? null : value), 2)}\n`);
    else io.stdout(describe(result, args.positionals[0] ?? '.', colours(coloursEnabled(io.env, io.isTTY))));
    if (result.apps.length === 0) {
      if (flagOption(args, 'json'))
        for (const warning of result.warnings) io.stderr(`shipshape: ${warning}\n`);
      return EXIT.findings;
    }
    return EXIT.ok;
  },
};

function describe(result: DetectResult, shown: string, paint: ReturnType<typeof colours>): string {
  if (!result.apps.length) return `${shown}: ${result.warnings.join('\n')}\n`;
  const lines = [
    `${paint.bold(shown)}: ${result.monorepo ? `monorepo (${result.packageManager ?? 'several stacks'}), ` : ''}${result.apps.length} app${result.apps.length === 1 ? '' : 's'}`,
  ];
  if (result.libraries.length) lines.push(paint.dim(`libraries: ${result.libraries.join(', ')}`));
  for (const app of result.apps) lines.push('', ...describeApp(app, paint));
  return `${lines.join('\n')}\n`;
}

function describeApp(app: AppPlan, paint: ReturnType<typeof colours>): string[] {
  const row = (label: string, value: string | undefined, key?: string) => {
    const from = key && app.evidence[key] ? paint.dim(`  (${app.evidence[key]})`) : '';
    return `    ${label.padEnd(11)}${value ?? paint.dim('-')}${value ? from : ''}`;
  };
  const runtime = `${app.language}${app.runtimeVersion ? ` ${app.runtimeVersion}` : ''}`;
  const lines = [
    `  ${paint.bold(app.name)}  ${paint.dim(app.path)}`,
    row('runtime', runtime, 'runtimeVersion'),
    row('framework', app.framework, 'framework'),
    row('packages', app.packageManager, 'packageManager'),
    row('install', app.installCommand),
    row('build', app.buildCommand),
    row(
      'start',
      app.static ? 'static files, served by a web server' : app.startCommand,
      app.static ? 'static' : 'startCommand',
    ),
    row('dev', app.devCommand),
    row('port', app.port === undefined ? undefined : String(app.port), 'port'),
    row('health', app.healthcheckPath, 'healthcheckPath'),
    row('services', app.services.length ? app.services.join(', ') : undefined),
    // Only in a workspace: the members built with the app, which its image takes from the root.
    ...(app.localDependencies.length ? [row('links', app.localDependencies.join(', '))] : []),
  ];
  for (const warning of app.warnings) lines.push(`    ${paint.yellow('!')} ${warning}`);
  return lines;
}
