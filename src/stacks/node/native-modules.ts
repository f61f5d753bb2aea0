/**
 * Native modules whose install fetches a prebuilt binary from outside the npm registry (GitHub releases,
 * mostly) or compiles with node-gyp, read from the lockfile. A build that cannot reach GitHub (a CI
 * runner behind a proxy, an offline mirror) fails there, so the image compiles them from source.
 *
 * Modules that ship their binaries inside npm packages (sharp 0.33 and later, esbuild, node-gyp-build
 * users) download nothing at install and are not listed.
 */

import { parse as parseYaml } from 'yaml';

/** The helpers a module depends on when its install script downloads or compiles a binary. */
const NATIVE_INSTALLERS = new Set([
  'prebuild-install',
  'node-pre-gyp',
  '@mapbox/node-pre-gyp',
  '@discordjs/node-pre-gyp',
  'node-gyp',
]);

export type LockfileName = 'package-lock.json' | 'npm-shrinkwrap.json' | 'pnpm-lock.yaml' | 'yarn.lock';

/**
 * The packages (name@version, sorted) that need a native build. An unreadable lockfile lists none: the
 * install itself will report it, and init should not fail on it.
 */
export function nativeModules(lockfile: LockfileName, text: string): string[] {
  const found = new Set<string>();
  for (const locked of lockedPackages(lockfile, text))
    if (buildsNatively(locked)) found.add(`${locked.name}@${locked.version}`);
  return [...found].sort();
}

/**
 * A module whose build from source still downloads from GitHub: sharp before 0.33 compiles only against
 * its own libvips release (8.14.5 for 0.32.6), fetched from GitHub, or a system libvips at least as
 * new, which Debian bookworm's 8.14.1 is not. From 0.33 on, libvips comes as npm packages.
 */
export function downloadsWhenBuilt(module: string): boolean {
  const sharp = /^sharp@(\d+)\.(\d+)/.exec(module);
  return sharp !== null && Number(sharp[1]) === 0 && Number(sharp[2]) < 33;
}

interface LockedPackage {
  name: string;
  version: string;
  dependencies: string[];
  /** The lockfile says whether the package has an install script (npm's hasInstallScript, pnpm 6's requiresBuild); undefined where it does not say. */
  installs?: boolean;
  /** It has a command of its own (`hasBin`). */
  tool?: boolean;
  /** It installs only on another OS (Berry's `conditions: os=darwin`). */
  otherPlatform?: boolean;
}

/**
 * Depends on a native installer and runs an install script. Where the lockfile does not record install
 * scripts, a package with a command of its own is taken for a tool that drives those installers on
 * other packages (@vercel/nft, @electron/rebuild), not for a module built at install.
 */
function buildsNatively(locked: LockedPackage): boolean {
  if (NATIVE_INSTALLERS.has(locked.name) || locked.otherPlatform || locked.installs === false) return false;
  if (locked.installs === undefined && locked.tool) return false;
  return locked.dependencies.some((dependency) => NATIVE_INSTALLERS.has(dependency));
}

function lockedPackages(lockfile: LockfileName, text: string): LockedPackage[] {
  try {
    switch (lockfile) {
      case 'pnpm-lock.yaml':
        return pnpmPackages(parseYaml(text, { maxAliasCount: -1 }));
      case 'yarn.lock':
        return /^__metadata:/m.test(text)
          ? yarnBerryPackages(parseYaml(text, { maxAliasCount: -1 }))
          : yarnClassicPackages(text);
      default:
        return npmPackages(JSON.parse(text));
    }
  } catch {
    return [];
  }
}

type Entry = {
  version?: string;
  hasInstallScript?: boolean;
  requiresBuild?: boolean;
  hasBin?: boolean;
  bin?: unknown;
  conditions?: string;
  dependencies?: Record<string, unknown>;
  optionalDependencies?: Record<string, unknown>;
  requires?: Record<string, unknown>;
};

const keysOf = (...maps: Array<Record<string, unknown> | undefined>) =>
  maps.flatMap((map) => (map && typeof map === 'object' ? Object.keys(map) : []));

/** package-lock v2 and v3 (`packages`, keyed by node_modules path) and v1 (`dependencies`, nested). */
function npmPackages(lock: {
  packages?: Record<string, Entry>;
  dependencies?: Record<string, Entry & { dependencies?: Record<string, Entry> }>;
}): LockedPackage[] {
  if (lock.packages)
    return Object.entries(lock.packages)
      .filter(([path]) => path.includes('node_modules/'))
      .map(([path, entry]) => ({
        name: path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length),
        version: entry.version ?? '',
        dependencies: keysOf(entry.dependencies, entry.optionalDependencies),
        installs: entry.hasInstallScript === true,
      }));
  const walk = (tree: Record<string, Entry> | undefined): LockedPackage[] =>
    Object.entries(tree ?? {}).flatMap(([name, entry]) => [
      { name, version: entry.version ?? '', dependencies: keysOf(entry.requires) },
      ...walk(entry.dependencies as Record<string, Entry> | undefined),
    ]);
  return walk(lock.dependencies);
}

/**
 * pnpm-lock.yaml: v6 lists dependencies under `packages` (`/name@1.2.3`), v9 under `snapshots`
 * (`name@1.2.3(peer@4.5.6)`).
 */
function pnpmPackages(lock: {
  packages?: Record<string, Entry>;
  snapshots?: Record<string, Entry>;
}): LockedPackage[] {
  // v9 splits a package between `packages` (its metadata) and `snapshots` (its dependencies): merged by key.
  const byKey = new Map<string, LockedPackage>();
  const v6 = lock.snapshots === undefined;
  for (const [key, entry] of [
    ...Object.entries(lock.packages ?? {}),
    ...Object.entries(lock.snapshots ?? {}),
  ]) {
    const { name, version } = splitSpec(key.replace(/^\//, '').replace(/\(.*$/, ''));
    const id = `${name}@${version}`;
    const locked = byKey.get(id) ?? { name, version, dependencies: [] };
    locked.dependencies.push(...keysOf(entry?.dependencies, entry?.optionalDependencies));
    if (entry?.hasBin) locked.tool = true;
    if (v6) locked.installs = entry?.requiresBuild === true;
    byKey.set(id, locked);
  }
  return [...byKey.values()];
}

/** Berry's yarn.lock is YAML keyed by `"name@npm:^1.2.3, name@npm:^1.4.0"`. */
function yarnBerryPackages(lock: Record<string, Entry>): LockedPackage[] {
  return Object.entries(lock)
    .filter(([key]) => key !== '__metadata')
    .map(([key, entry]) => ({
      name: splitSpec(key.split(',')[0]?.trim() ?? '').name,
      version: entry?.version ?? '',
      dependencies: keysOf(entry?.dependencies, entry?.optionalDependencies),
      tool: entry?.bin !== undefined,
      otherPlatform: /\bos=(?!linux\b)/.test(entry?.conditions ?? ''),
    }));
}

/**
 * Yarn 1's lockfile is its own format, not YAML: blocks of `"name@^1", name@^1.2:` headers, two-space
 * fields and four-space dependency lines. Read by hand for the three things needed here, rather than add
 * a parser package for them.
 */
function yarnClassicPackages(text: string): LockedPackage[] {
  const packages: LockedPackage[] = [];
  let current: LockedPackage | undefined;
  let inDependencies = false;
  for (const line of text.split(/\r?\n/)) {
    if (/^\S/.test(line) && !line.startsWith('#')) {
      const first = line.split(',')[0]?.replace(/:$/, '').replace(/"/g, '').trim() ?? '';
      current = { name: splitSpec(first).name, version: '', dependencies: [] };
      packages.push(current);
      inDependencies = false;
    } else if (current && /^ {2}\S/.test(line)) {
      inDependencies = /^ {2}(?:dependencies|optionalDependencies):/.test(line);
      const version = /^ {2}version "?([^"\s]+)"?/.exec(line);
      if (version?.[1]) current.version = version[1];
    } else if (current && inDependencies && /^ {4}\S/.test(line)) {
      const name = /^ {4}"?((?:@[^/\s"]+\/)?[^@\s"]+)/.exec(line)?.[1];
      if (name) current.dependencies.push(name);
    }
  }
  return packages;
}

/** `@scope/name@1.2.3` or `name@npm:^1.2.3` into its name and version (the part after the name's @). */
function splitSpec(spec: string): { name: string; version: string } {
  const at = spec.indexOf('@', spec.startsWith('@') ? 1 : 0);
  if (at < 0) return { name: spec, version: '' };
  return { name: spec.slice(0, at), version: spec.slice(at + 1).replace(/^npm:/, '') };
}
