/**
 * What the install stages add to a Node image so that the install needs nothing beyond the npm
 * registry: the pinned pnpm or Yarn (instead of Corepack's download), and for native modules the
 * compilers, in a stage of their own that production does not start from.
 */

import type { StagePlan, Step } from '../../core/image-plan.js';
import { aptInstall } from '../shared/debian.js';
import { debianPackage } from '../shared/debian-packages.js';
import { downloadsWhenBuilt } from './native-modules.js';
import type { PackageManagerPin } from './package-manager-pin.js';

/** The native modules the compilers stage can build without a download, and what the header says of the rest. */
export function nativeBuild(modules: string[]): { buildable: string[]; header: string[] } {
  const downloading = modules.filter(downloadsWhenBuilt);
  return {
    buildable: modules.filter((module) => !downloadsWhenBuilt(module)),
    header: downloading.length
      ? [
          `${downloading.join(', ')} ${downloading.length === 1 ? 'downloads' : 'download'} libvips from GitHub at install, built from source or not; a build that cannot reach GitHub fails there. sharp 0.33 and later ship it as npm packages.`,
        ]
      : [],
  };
}

/** Installs the package manager in the base stage, from the npm registry. */
export function packageManagerSteps(pin: PackageManagerPin): Step[] {
  const name = pin.spec.replace(/@[^@]*$/, '');
  return [
    {
      kind: 'comment',
      text: `${pin.spec} (${pin.from}), installed from the npm registry and not by Corepack:`,
    },
    {
      kind: 'comment',
      text: 'its download fails its signature check behind a proxy or after a key rotation; Node 25+ has none.',
    },
    {
      kind: 'run',
      caches: [{ target: '/root/.npm', locked: true }],
      // Node's images may ship a Yarn 1 command of their own, which npm would refuse to replace.
      commands: [`npm install -g ${name.includes('yarn') ? '--force ' : ''}${pin.spec}`],
    },
  ];
}

/** The name of the stage the install stages start from when native modules are built. */
export const NATIVE_BUILD_STAGE = 'native-build';

/** node-gyp's build tools, pinned for the Node image's Debian release so rebuilds compile the same way. */
const NATIVE_BUILD_PACKAGES = ['python3', 'make', 'g++'] as const;

/**
 * The compilers node-gyp needs, and settings that make every native module build from source against
 * the headers in the Node image (npm_config_nodedir): prebuild-install and node-pre-gyp skip their
 * download, and node-gyp fetches no headers from nodejs.org.
 */
export function nativeBuildStage(modules: string[], release: string | undefined): StagePlan {
  return {
    name: NATIVE_BUILD_STAGE,
    from: 'base',
    purpose: `Compilers: ${modules.join(', ')} build from source, not from a binary downloaded from GitHub at install. Production has none.`,
    steps: [
      {
        kind: 'run',
        commands: aptInstall(...NATIVE_BUILD_PACKAGES.map((name) => debianPackage(release, name))),
      },
      {
        kind: 'env',
        vars: [
          ['npm_config_build_from_source', 'true'],
          ['npm_config_nodedir', '/usr/local'],
        ],
      },
    ],
  };
}
