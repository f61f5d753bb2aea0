/**
 * What the install stages need to know from a Node app's lockfile folder (the workspace root, for a
 * member): which pnpm or Yarn release to install, and which native modules to build from source.
 */

import { type LockfileName, nativeModules } from './native-modules.js';
import { npmrcSettings } from './npmrc-settings.js';
import { type PackageManagerPin, packageManagerPin } from './package-manager-pin.js';
import type { NodePackageManager } from './package-managers.js';

export interface NodeInstallFacts {
  packageManagerPin?: PackageManagerPin;
  /** name@version of each locked module that downloads or compiles a native binary at install. */
  nativeModules: string[];
  /** .npmrc's install settings as npm_config_* variables (npm, pnpm and Yarn 1 read them; Berry and Bun do not). */
  npmrcSettings: Array<[string, string]>;
}

/** Nothing to add to the install: for a folder without package.json. */
export const NO_INSTALL_FACTS: NodeInstallFacts = { nativeModules: [], npmrcSettings: [] };

const LOCKFILE_OF: Record<NodePackageManager, LockfileName[]> = {
  npm: ['package-lock.json', 'npm-shrinkwrap.json'],
  pnpm: ['pnpm-lock.yaml'],
  yarn: ['yarn.lock'],
  'yarn-berry': ['yarn.lock'],
  // Bun runs the install scripts of a short list of trusted packages only, and its lockfile records none.
  bun: [],
};

export function nodeInstallFacts(
  manager: NodePackageManager,
  declaredManager: string | undefined,
  read: (name: string) => string | undefined,
): NodeInstallFacts {
  const lockfile = LOCKFILE_OF[manager].map((name) => ({ name, text: read(name) })).find((file) => file.text);
  return {
    packageManagerPin: packageManagerPin(manager, {
      declared: declaredManager,
      lockfile: lockfile?.text,
      pnpmWorkspace: read('pnpm-workspace.yaml'),
      yarnrc: read('.yarnrc.yml'),
    }),
    nativeModules: lockfile?.text ? nativeModules(lockfile.name, lockfile.text) : [],
    npmrcSettings: ['npm', 'pnpm', 'yarn'].includes(manager) ? npmrcSettings(read('.npmrc')) : [],
  };
}
