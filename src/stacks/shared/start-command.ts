/**
 * The CMD for a start command read from the app (a Procfile web line, a script): exec form when it is
 * one plain command, otherwise the shell form `sh -c` that the line was written for. Splitting
 * `bin/migrate; bundle exec puma` on spaces made `;` an argument of bin/migrate; env assignments and
 * quotes broke the same way. The line is parsed by the real shell parser (src/parse/shell.ts).
 */

import { PlanError } from '../../core/plan-error.js';
import { parseShell } from '../../parse/shell.js';

/** `NAME=value ` prefixes of a simple command, as written. */
const ASSIGNMENTS = /^(?:[A-Za-z_]\w*=(?:'[^']*'|"(?:\\.|[^"\\])*"|[^\s'"]*)+\s+)+/;

export function startArgv(command: string): string[] {
  const script = parseShell(command);
  if (script.error)
    throw new PlanError(`the start command \`${command}\` is not valid shell: ${script.error.message}`);
  const [only, ...others] = script.commands;
  if (!only) throw new PlanError('the start command is empty');
  const plain =
    others.length === 0 &&
    !only.nested &&
    !only.inPipeline &&
    only.assignments.length === 0 &&
    only.name !== undefined &&
    only.start === 0 &&
    only.end === command.trimEnd().length &&
    only.args.every((word) => word.value !== undefined);
  if (plain) return [only.name as string, ...only.args.map((word) => word.value as string)];
  return ['sh', '-c', withExecLast(command, script.commands.at(-1) ?? only)];
}

/**
 * The last command replaces the shell (`exec`), so it is the process that gets `docker stop`'s SIGTERM
 * and whose exit ends the container. It can only where it runs last at the top level on its own.
 */
function withExecLast(command: string, last: ReturnType<typeof parseShell>['commands'][number]): string {
  const runsLast =
    !last.nested &&
    !last.inPipeline &&
    last.connector !== '||' &&
    last.name !== undefined &&
    last.name !== 'exec' &&
    command.slice(last.end).trim() === '';
  if (!runsLast) return command;
  const tail = command.slice(last.start);
  const assignments = ASSIGNMENTS.exec(tail)?.[0] ?? '';
  return `${command.slice(0, last.start)}${assignments}exec ${tail.slice(assignments.length)}`;
}
