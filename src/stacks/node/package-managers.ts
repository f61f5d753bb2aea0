/**
 * The Node package managers and their commands, written once: detect puts them in the AppPlan, the
 * image plan runs them, workspaces filter them to one member.
 */

import type { FileView } from '../shared/file-view.js';
import { join } from '../shared/services.js';

export type NodePackageManager = 'npm' | 'pnpm' | 'yarn' | 'yarn-berry' | 'bun';

export const LOCKFILES = [
  'package-lock.json',
  'npm-shrinkwrap.json',
  'pnpm-lock.yaml',
  'yarn.lock',
  'bun.lock',
  'bun.lockb',
];

/**
 * Which package manager a folder uses, and what says so: package.json's packageManager, else the
 * lockfile. Yarn 2+ (Berry) is recognised here and only here: by packageManager, by its .yarnrc.yml,
 * or by its lockfile's format (a `__metadata:` block, which Yarn 1 never writes).
 */
export function nodePackageManager(
  view: Pick<FileView, 'read' | 'exists'>,
  dir: string,
  declaredManager: string | undefined,
): { manager: NodePackageManager; from: string } {
  const exists = (path: string) => view.exists(path);
  const declared = /^(npm|pnpm|yarn|bun)@(\d+)/.exec(declaredManager ?? '');
  if (declared) {
    const manager =
      declared[1] === 'yarn' && Number(declared[2]) >= 2 ? 'yarn-berry' : (declared[1] as NodePackageManager);
    return { manager, from: 'package.json packageManager' };
  }
  if (exists(join(dir, 'pnpm-lock.yaml')) || exists(join(dir, 'pnpm-workspace.yaml')))
    return { manager: 'pnpm', from: 'pnpm-lock.yaml' };
  if (exists(join(dir, 'bun.lockb')) || exists(join(dir, 'bun.lock')))
    return { manager: 'bun', from: 'bun.lock' };
  if (exists(join(dir, 'yarn.lock'))) {
    const berry =
      exists(join(dir, '.yarnrc.yml')) || /^__metadata:/m.test(view.read(join(dir, 'yarn.lock')) ?? '');
    return { manager: berry ? 'yarn-berry' : 'yarn', from: 'yarn.lock' };
  }
  if (exists(join(dir, 'package-lock.json'))) return { manager: 'npm', from: 'package-lock.json' };
  return { manager: 'npm', from: 'default (no lockfile)' };
}

/** The name AppPlan.packageManager gives it: Berry is yarn to the user. */
export function managerName(manager: NodePackageManager): string {
  return manager === 'yarn-berry' ? 'yarn' : manager;
}

/** Installs everything, from the lockfile when there is one. */
export function installCommand(manager: NodePackageManager, locked: boolean): string {
  switch (manager) {
    case 'pnpm':
      return locked ? 'pnpm install --frozen-lockfile' : 'pnpm install';
    case 'yarn':
      return locked ? 'yarn install --frozen-lockfile' : 'yarn install';
    case 'yarn-berry':
      return locked ? 'yarn install --immutable' : 'yarn install';
    case 'bun':
      return locked ? 'bun install --frozen-lockfile' : 'bun install';
    default:
      return locked ? 'npm ci' : 'npm install';
  }
}

/** Installs production dependencies only. */
export function productionInstallCommand(manager: NodePackageManager, locked: boolean): string {
  switch (manager) {
    case 'yarn-berry':
      // Berry has no --production for install: focusing every workspace drops the devDependencies.
      return 'yarn workspaces focus --all --production';
    case 'pnpm':
    case 'yarn':
    case 'bun':
      return `${installCommand(manager, locked)} ${manager === 'pnpm' ? '--prod' : '--production'}`;
    default:
      return `${installCommand(manager, locked)} --omit=dev`;
  }
}

/** Installs one workspace member and the members it links, from the workspace root. */
export function workspaceInstallCommand(
  manager: NodePackageManager,
  member: string,
  locked: boolean,
): string {
  switch (manager) {
    case 'pnpm':
      return `pnpm install ${locked ? '--frozen-lockfile ' : ''}--filter ${member}...`;
    case 'yarn-berry':
      return `yarn workspaces focus ${member}`;
    case 'yarn':
    case 'bun':
      // Yarn 1 and Bun install the whole workspace.
      return installCommand(manager, locked);
    default:
      return `${locked ? 'npm ci' : 'npm install'} --workspace ${member} --include-workspace-root`;
  }
}

/** A workspace install (filtered to the app and what it links) without devDependencies. */
export function workspaceProductionInstall(manager: NodePackageManager, install: string): string {
  switch (manager) {
    case 'pnpm':
      return install.replace(/^pnpm install/, 'pnpm install --prod');
    case 'yarn':
    case 'yarn-berry':
      return install.startsWith('yarn workspaces focus')
        ? install.replace(/^yarn workspaces focus/, 'yarn workspaces focus --production')
        : `${install} --production`;
    case 'bun':
      return `${install} --production`;
    default:
      return `${install} --omit=dev`;
  }
}

export function runScript(manager: NodePackageManager, script: string): string {
  if (manager === 'npm') return `npm run ${script}`;
  if (manager === 'bun') return `bun run ${script}`;
  return `${managerName(manager)} run ${script}`;
}

/** Runs one member's script from the workspace root. */
export function workspaceScript(manager: NodePackageManager, workspace: string, script: string): string {
  switch (manager) {
    case 'pnpm':
      return `pnpm --filter ${workspace} run ${script}`;
    case 'yarn':
    case 'yarn-berry':
      return `yarn workspace ${workspace} run ${script}`;
    case 'bun':
      return `bun run --filter ${workspace} ${script}`;
    default:
      return `npm run ${script} --workspace ${workspace}`;
  }
}

/** Where each manager keeps its download cache (a BuildKit cache mount), and whether corepack provides it. */
export const MANAGER_CACHE: Record<NodePackageManager, { cache: string; corepack: boolean }> = {
  npm: { cache: '/root/.npm', corepack: false },
  pnpm: { cache: '/root/.local/share/pnpm/store', corepack: true },
  yarn: { cache: '/usr/local/share/.cache/yarn', corepack: true },
  'yarn-berry': { cache: '/root/.yarn/berry/cache', corepack: true },
  bun: { cache: '/root/.bun/install/cache', corepack: false },
};
