import type { BuildStep } from '../../docker/build-progress.js';
import { parseShell } from '../../parse/shell.js';
import { DEPENDENCY_INSTALLS } from '../../stacks/index.js';
import { installCommandOf } from '../../stacks/shared/install-command.js';
import { type CheckResult, fail, pass, skip } from '../check.js';

/**
 * Steps that install dependencies: every stack's package managers (stacks/index.ts), and the system's.
 * A source-only change must leave all of them to the cache.
 */
export function isDependencyInstall(instruction: string): boolean {
  const run = /^RUN\s+((?:--\S+\s+)*)([\s\S]*)$/i.exec(instruction.trim());
  if (!run) return false;
  return parseShell(run[2] ?? '').commands.some((command) =>
    installCommandOf(
      DEPENDENCY_INSTALLS,
      command.program,
      command.args.map((arg) => arg.value ?? arg.raw),
    ),
  );
}

/** Judges the rebuild that followed a change to one source file. */
export function cacheReuseCheck(changedFile: string | undefined, steps: BuildStep[]): CheckResult {
  if (!changedFile) return skip('cache-reuse', 'found no source file to change in the build context');
  const reran = steps.filter((step) => step.status === 'done');
  const installs = steps.filter((step) => step.instruction && isDependencyInstall(step.instruction));
  const rerunInstalls = installs.filter((step) => step.status === 'done');
  const counted = `${reran.length} of ${steps.length} steps re-ran`;
  if (rerunInstalls.length) {
    const named = rerunInstalls.map(
      (step) => `${step.stage ? `${step.stage}: ` : ''}${short(step.instruction ?? '')}`,
    );
    return fail(
      'cache-reuse',
      `changing ${changedFile} re-ran ${named.join('; ')} (${counted}); copy the dependency manifests and install before copying the source`,
    );
  }
  if (!installs.length)
    return pass('cache-reuse', `changing ${changedFile}: ${counted}; no dependency install step`);
  const which =
    installs.length === 1 ? 'the dependency install' : `all ${installs.length} dependency installs`;
  return pass('cache-reuse', `changing ${changedFile}: ${counted}; ${which} came from the cache`);
}

function short(instruction: string): string {
  const text = instruction.replace(/--mount=\S+\s*/g, '').replace(/\s+/g, ' ');
  return text.length > 70 ? `${text.slice(0, 69)}…` : text;
}
