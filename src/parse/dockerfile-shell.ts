/**
 * The shell scripts a Dockerfile instruction runs: the shell form of RUN (and of ONBUILD RUN), and heredoc
 * bodies run as scripts (`RUN <<EOF`). Each script keeps a map back to source offsets.
 */

import type { Instruction } from './dockerfile.js';
import { parseShell, type ShellScript, withShellCWrappers } from './shell.js';

export interface RunScript {
  script: ShellScript;
  /** Maps an offset in `script.text` to a source offset of the Dockerfile. */
  toSource(offset: number): number;
  /** Where the script came from: the instruction line, or a heredoc body. */
  origin: 'line' | 'heredoc';
}

const SHELL_INTERPRETERS = /^(?:\/bin\/|\/usr\/bin\/)?(?:sh|bash|dash|ash)$/;
const cache = new WeakMap<Instruction, RunScript[]>();

export function runScripts(instruction: Instruction): RunScript[] {
  const run = instruction.keyword === 'ONBUILD' ? instruction.trigger : instruction;
  if (run?.keyword !== 'RUN' || run.exec) return [];
  const cached = cache.get(run);
  if (cached) return cached;

  const scripts: RunScript[] = [];
  const restOffset = run.argsText.indexOf(run.rest);
  const lineToSource = (offset: number) => run.sourceOffsetOf(restOffset + offset);
  const words = run.rest.split(/\s+/);
  const firstWord = words[0] ?? '';
  if (run.heredocs.length > 0 && /^<<-?["']?[A-Za-z_]/.test(firstWord)) {
    // `RUN <<EOF [interpreter]`: the body is the script, run by the named interpreter or the shell.
    const interpreter = words[1];
    const heredoc = run.heredocs[0];
    const shebang = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(heredoc?.content ?? '');
    const shebangShell = shebang
      ? SHELL_INTERPRETERS.test(shebang[1] ?? '') ||
        (shebang[1]?.endsWith('env') && SHELL_INTERPRETERS.test(shebang[2] ?? ''))
      : true;
    if (heredoc && (!interpreter || SHELL_INTERPRETERS.test(interpreter)) && shebangShell) {
      const start = heredoc.range.startOffset;
      scripts.push({
        script: withShellCWrappers(parseShell(heredoc.content)),
        toSource: (offset) => start + offset,
        origin: 'heredoc',
      });
    }
  } else if (run.heredocs.length > 0) {
    // `RUN cat <<EOF > file`: the shell reads the bodies itself, so parse line and bodies together.
    const text = `${run.rest}\n${run.heredocs.map((heredoc) => `${heredoc.content}${heredoc.name}\n`).join('')}`;
    scripts.push({
      script: withShellCWrappers(parseShell(text)),
      toSource: (offset) => lineToSource(Math.min(offset, run.rest.length)),
      origin: 'line',
    });
  } else if (run.rest) {
    scripts.push({
      script: withShellCWrappers(parseShell(run.rest)),
      toSource: lineToSource,
      origin: 'line',
    });
  }
  cache.set(run, scripts);
  return scripts;
}
