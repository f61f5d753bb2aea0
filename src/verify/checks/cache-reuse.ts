import type { BuildStep } from '../../docker/build-progress.js';
import { type CheckResult, fail, pass, skip } from '../check.js';

/**
 * Steps that install dependencies: package managers of every stack shipshape knows, and the system's.
 * A source-only change must leave all of them to the cache.
 */
const DEPENDENCY_INSTALL = new RegExp(
  [
    String.raw`\b(?:npm|pnpm|bun) (?:ci|install|i|fetch)\b`,
    String.raw`\byarn(?: install)?(?: --(?:frozen-lockfile|immutable)| install\b)`,
    String.raw`\bpip3? install\b`,
    String.raw`\b(?:poetry|pdm|pipenv|bundle|composer) install\b`,
    String.raw`\buv (?:sync|pip install)\b`,
    String.raw`\bgo mod download\b`,
    String.raw`\bcargo (?:fetch|chef cook)\b`,
    String.raw`\bmvnw? (?:\S+ )*dependency:(?:go-offline|resolve)\b`,
    String.raw`\bgradlew? (?:\S+ )*dependencies\b`,
    String.raw`\bdotnet restore\b`,
    String.raw`\b(?:apt-get|apt|apk|dnf|yum|microdnf) (?:\S+ )*(?:install|add)\b`,
  ].join('|'),
);

export function isDependencyInstall(instruction: string): boolean {
  return /^RUN\b/i.test(instruction) && DEPENDENCY_INSTALL.test(instruction);
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
