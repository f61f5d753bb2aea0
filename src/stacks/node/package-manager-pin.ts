/**
 * Which release of pnpm or Yarn an image installs, and how. Corepack is not used: with no pinned version
 * it fetches "latest" and checks its signature against keys built into the Corepack that the Node image
 * ships, which fails once the registry's keys rotate or a proxy or mirror serves the metadata without
 * signatures; and Node 25's images carry no Corepack at all. npm is in every Node image and installs the
 * manager from the same registry the dependencies come from.
 */

import type { NodePackageManager } from './package-managers.js';

export interface PackageManagerPin {
  /** What `npm install -g` takes: `pnpm@10.20.0`, `pnpm@9`, `yarn@1`, `@yarnpkg/cli-dist@4`. */
  spec: string;
  /** What decided the version, for the Dockerfile's comment (in parentheses after the spec). */
  from: string;
  /** The release a Berry project commits (.yarnrc.yml `yarnPath`), which the install needs beside the lockfile. */
  release?: string;
}

/** The files the pin is read from, as text (undefined when absent). */
export interface PinSources {
  /** package.json's `packageManager` (`pnpm@10.20.0+sha512.…`). */
  declared?: string;
  /** The manager's lockfile: pnpm-lock.yaml or yarn.lock. */
  lockfile?: string;
  pnpmWorkspace?: string;
  yarnrc?: string;
}

/**
 * The release to install for pnpm and Yarn; undefined for npm and Bun, which the images carry already.
 * An exact version from packageManager, else the major line the lockfile's format belongs to, else the
 * current major.
 */
export function packageManagerPin(
  manager: NodePackageManager,
  sources: PinSources,
): PackageManagerPin | undefined {
  if (manager === 'npm' || manager === 'bun') return undefined;
  const release = committedYarnRelease(sources.yarnrc);
  // The Yarn 1 command hands over to the release the project commits, whichever version that is.
  if (manager === 'yarn-berry' && release)
    return { spec: 'yarn@1', from: "it hands over to .yarnrc.yml's yarnPath", release };
  const declared = /^(pnpm|yarn)@(\d+\.\d+\.\d+[\w.-]*)/.exec(sources.declared ?? '');
  if (declared?.[1] && declared[2] && declared[1] === managerCommand(manager))
    return { spec: npmPackage(manager, declared[2]), from: "package.json's packageManager" };
  const major =
    manager === 'pnpm' ? pnpmMajor(sources) : manager === 'yarn' ? '1' : yarnBerryMajor(sources.lockfile);
  if (!major)
    return {
      spec: npmPackage(manager, CURRENT_MAJOR[manager]),
      from: 'no packageManager or lockfile names one',
    };
  return { spec: npmPackage(manager, major), from: lockfileName(manager) };
}

/** The release a Berry project commits and runs (`yarnPath: .yarn/releases/yarn-4.3.1.cjs`). */
function committedYarnRelease(yarnrc: string | undefined): string | undefined {
  return /^yarnPath:\s*['"]?([^'"\s#]+)/m.exec(yarnrc ?? '')?.[1]?.replace(/^\.\//, '');
}

const CURRENT_MAJOR: Record<'pnpm' | 'yarn' | 'yarn-berry', string> = {
  pnpm: '10',
  yarn: '1',
  'yarn-berry': '4',
};

function managerCommand(manager: NodePackageManager): string {
  return manager === 'yarn-berry' ? 'yarn' : manager;
}

/** Yarn 2 and later are published on npm as @yarnpkg/cli-dist; `yarn` there is Yarn 1. */
function npmPackage(manager: NodePackageManager, version: string): string {
  return manager === 'yarn-berry' ? `@yarnpkg/cli-dist@${version}` : `${managerCommand(manager)}@${version}`;
}

function lockfileName(manager: NodePackageManager): string {
  return manager === 'pnpm'
    ? "the release line of pnpm-lock.yaml's lockfileVersion"
    : "the release line of yarn.lock's format";
}

/**
 * The pnpm major that writes a lockfileVersion. The header line is read with a pattern, not by parsing
 * the whole (often multi-megabyte) YAML document for one scalar.
 *
 * pnpm 9 and 10 both write 9.0. pnpm 10 runs no dependency's build script unless the project allows it
 * (`onlyBuiltDependencies`, a pnpm 10 setting in pnpm-workspace.yaml); pnpm 9 runs them all. So 9.0 means
 * pnpm 10 only where the project carries such a setting, else pnpm 9, whose install does what the
 * lockfile's author saw.
 */
function pnpmMajor({ lockfile, pnpmWorkspace }: PinSources): string | undefined {
  const version = /^lockfileVersion:\s*['"]?(\d+)\.(\d+)/m.exec(lockfile ?? '');
  if (!version) return undefined;
  const [major, minor] = [Number(version[1]), Number(version[2])];
  if (major >= 9)
    return /^(?:onlyBuiltDependencies|ignoredBuiltDependencies|neverBuiltDependencies|allowBuilds):/m.test(
      pnpmWorkspace ?? '',
    )
      ? '10'
      : '9';
  if (major >= 7) return '9';
  if (major === 6) return '8';
  if (major === 5 && minor >= 4) return '7';
  if (major === 5) return '6';
  return undefined;
}

/**
 * The Berry major that writes a yarn.lock `__metadata` version: 4 by Yarn 2, 5 to 6 by Yarn 3, 8 and
 * later by Yarn 4.
 */
function yarnBerryMajor(lockfile: string | undefined): string | undefined {
  const version = /^__metadata:\s*\n\s+version:\s*(\d+)/m.exec(lockfile ?? '');
  if (!version) return undefined;
  const format = Number(version[1]);
  if (format >= 8) return '4';
  if (format >= 5) return '3';
  return '2';
}
