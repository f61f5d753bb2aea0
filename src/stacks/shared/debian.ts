/** Pieces the per-language plans share: pinned Debian packages installed the one right way, and files written by printf. */

import type { StagePlan, Step } from '../../core/image-plan.js';
import { DEBIAN_STABLE, debianSlim } from './base-image.js';
import { debianPackage, PINNED_RELEASES } from './debian-packages.js';

/**
 * tini for a Debian-based runtime, installed in a stage of its own: the runtime copies the one 25 kB
 * binary (it needs only glibc), not apt's bookkeeping (dpkg status, debconf caches, logs), which an
 * install in the runtime stage would leave in a layer, rewritten copies of the base image's files.
 */
export function tiniStage(from: string, release: string | undefined): StagePlan {
  return {
    name: 'tini',
    from,
    purpose: "tini, installed apart so that apt's files stay out of the runtime image.",
    steps: [{ kind: 'run', commands: aptInstall(debianPackage(release, 'tini')) }],
  };
}

export const COPY_TINI: Step = {
  kind: 'copy',
  from: 'tini',
  sources: ['/usr/bin/tini'],
  dest: '/usr/bin/tini',
};

/** The static tini of the same package, installed as /usr/bin/tini: runs on any C library, or none. */
const COPY_STATIC_TINI: Step = {
  kind: 'copy',
  from: 'tini',
  sources: ['/usr/bin/tini-static'],
  dest: '/usr/bin/tini',
};

/**
 * What an interpreted runtime's image needs when the app has no SIGTERM handler of its own: as PID 1,
 * where the kernel applies no default action, the interpreter would ignore `docker stop` until SIGKILL.
 * tini is PID 1 instead and forwards the signal. Nothing when the app (or its server) handles it.
 */
export function initForInterpreter(
  runtime: string,
  handlesSigterm: boolean,
  /**
   * The runtime image's Debian release. One whose packages are pinned here gets tini from its own apt;
   * any other (unknown, as Bun's `-debian` tags are, or old) gets the static build of Debian stable's
   * package, which depends on no C library at all.
   */
  release: string | undefined,
): { stages: StagePlan[]; copy: Step[]; entrypoint: Step[] } {
  if (handlesSigterm) return { stages: [], copy: [], entrypoint: [] };
  const fromBase = release !== undefined && PINNED_RELEASES.includes(release);
  return {
    stages: [fromBase ? tiniStage('base', release) : tiniStage(debianSlim(DEBIAN_STABLE), DEBIAN_STABLE)],
    copy: [
      {
        kind: 'comment',
        text: `The app installs no SIGTERM handler: as PID 1 ${runtime} would ignore \`docker stop\`, so tini runs it.`,
      },
      fromBase ? COPY_TINI : COPY_STATIC_TINI,
    ],
    entrypoint: [{ kind: 'entrypoint', argv: ['tini', '--'] }],
  };
}

/** apt-get update, install without recommends, and drop the lists in the same step. */
export function aptInstall(...packages: string[]): string[] {
  return [
    'apt-get update',
    `apt-get install -y --no-install-recommends ${packages.join(' ')}`,
    'rm -rf /var/lib/apt/lists/*',
  ];
}

/**
 * A shell command that writes a small source file: printf with each line single-quoted, for engines
 * whose Dockerfile frontend predates heredocs. The lines must contain no single quote.
 */
export function printfFile(path: string, lines: string[]): string {
  if (lines.some((line) => line.includes("'")))
    throw new Error(`printfFile: a line of ${path} contains a single quote`);
  return `printf '%s\\n' ${lines.map((line) => `'${line}'`).join(' ')} > ${path}`;
}

/** The numeric user created in Debian-based runtimes: clear of the IDs distributions and hosts hand out. */
export const APP_UID = '10001';

/** Creates the `app` user with APP_UID: no home, no login shell. */
export function addAppUser(): string {
  return `useradd --uid ${APP_UID} --no-create-home --shell /usr/sbin/nologin app`;
}
