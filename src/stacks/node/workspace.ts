/**
 * A Node app in an npm, pnpm, Yarn or Bun workspace: it installs once at the workspace root, filtered to
 * itself and the members it links, and builds those members first through the workspace's own filter.
 */

import type { AppPlan } from '../../core/app-plan.js';
import type { FileView } from '../shared/file-view.js';
import { join } from '../shared/services.js';
import { nodeVersion, readManifest } from './detect.js';
import {
  LOCKFILES,
  managerName,
  type NodePackageManager,
  workspaceInstallCommand,
  workspaceScript,
} from './package-managers.js';

function memberPackage(view: FileView, member: string): { name?: string; scripts?: Record<string, string> } {
  return (view.json(join(member, 'package.json')) ?? {}) as {
    name?: string;
    scripts?: Record<string, string>;
  };
}

/** The members, in their order, that have a build script: by package name, else by folder. */
function withBuildScript(view: FileView, members: string[]): string[] {
  return members.flatMap((member) => {
    const pkg = memberPackage(view, member);
    return pkg.scripts?.build ? [pkg.name ?? member] : [];
  });
}

/**
 * A workspace whose root is the app: it builds the members it links before itself, with the root's
 * install (every member is part of the app's build context anyway).
 */
export function applyRootApp(
  view: FileView,
  plan: AppPlan,
  linked: string[],
  manager: NodePackageManager | undefined,
): void {
  plan.localDependencies = linked;
  if (!manager) return;
  const libraryBuilds = withBuildScript(view, linked).map((name) => workspaceScript(manager, name, 'build'));
  if (libraryBuilds.length)
    plan.buildCommand = [...libraryBuilds, ...(plan.buildCommand ? [plan.buildCommand] : [])].join(' && ');
}

/** A workspace installs once at the root; each app builds through the workspace's own filter. */
export function applyNodeWorkspace(
  view: FileView,
  plan: AppPlan,
  dir: string,
  root: { manager: NodePackageManager; from: string },
  tools: string[],
): void {
  const { manager } = root;
  const pkg = memberPackage(view, dir);
  const name = pkg.name ?? dir;
  const locked = LOCKFILES.some((lock) => view.exists(lock));
  plan.evidence.packageManager = `workspace root (${root.from})`;
  // A member that names no Node version runs the one the workspace root asks for.
  const rootVersion = plan.runtimeVersion ? undefined : nodeVersion(view, '.', readManifest(view, '.') ?? {});
  if (rootVersion) {
    plan.runtimeVersion = rootVersion.version;
    plan.evidence.runtimeVersion = `workspace root ${rootVersion.from}`;
  }
  plan.packageManager = managerName(manager);
  plan.warnings = plan.warnings.filter((warning) => !warning.startsWith('no lockfile'));
  if (!locked) plan.warnings.push('no lockfile at the workspace root: installs are not reproducible');
  plan.installCommand = workspaceInstallCommand(manager, name, locked);
  // Every command runs at the workspace root. The members the app links are built first, in order:
  // their entry points (dist/index.js) exist only once built.
  const builders = withBuildScript(view, [...plan.localDependencies, dir]);
  const libraryBuilds = builders.filter((member) => member !== name);
  const run = (workspace: string, script: string) => workspaceScript(manager, workspace, script);
  if (builders.length) {
    if (tools.includes('turbo')) plan.buildCommand = `npx turbo run build --filter=${name}...`;
    else if (manager === 'pnpm') plan.buildCommand = `pnpm --filter ${name}... run build`;
    else if (manager === 'yarn-berry')
      plan.buildCommand = `yarn workspaces foreach --recursive --topological --from ${name} run build`;
    else plan.buildCommand = builders.map((member) => run(member, 'build')).join(' && ');
  } else plan.buildCommand = undefined;
  plan.devCommand = pkg.scripts?.dev
    ? [...libraryBuilds.map((member) => run(member, 'build')), run(name, 'dev')].join(' && ')
    : undefined;
}
