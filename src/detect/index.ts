/**
 * Runs the stacks over a repository: one plan per deployable app (the root itself, workspace
 * members, or apps in subfolders), libraries named as such, workspace-aware commands. Pure: reads the
 * file view, returns data.
 */

import type { AppPlan, DetectResult } from '../core/app-plan.js';
import { stackFor } from '../stacks/index.js';
import {
  LOCKFILES,
  type NodePackageManager,
  nodePackageManager,
  nodeVersion,
  readManifest,
} from '../stacks/node/detect.js';
import { nodeStack } from '../stacks/node/index.js';
import type { FileView } from '../stacks/shared/file-view.js';
import { join, servicesFromFiles } from '../stacks/shared/services.js';
import type { Stack } from '../stacks/stack.js';
import { staticStack } from '../stacks/static/index.js';
import { dependencyClosures, findWorkspace, type Workspace } from './workspaces.js';

export function detectRepository(view: FileView): DetectResult {
  const workspace = findWorkspace(view);
  if (workspace) return detectWorkspace(view, workspace);
  const stack = stackFor(view, '.');
  if (stack) {
    const plan = stack.plan(view, '.');
    return {
      root: view.root,
      monorepo: false,
      packageManager: plan.packageManager,
      apps: [plan],
      libraries: [],
      warnings: [],
    };
  }
  // No app at the root: apps side by side in subfolders (frontend/ and backend/, services/*).
  const candidates = subfolderApps(view);
  if (candidates.length) {
    const apps = candidates.map(({ dir, stack: found }) => withRootServices(view, found.plan(view, dir)));
    return {
      root: view.root,
      monorepo: apps.length > 1,
      packageManager: undefined,
      apps,
      libraries: [],
      warnings: [],
    };
  }
  return {
    root: view.root,
    monorepo: false,
    packageManager: undefined,
    apps: [],
    libraries: [],
    warnings: [unknownMessage(view)],
  };
}

function subfolderApps(view: FileView): Array<{ dir: string; stack: Stack }> {
  const found: Array<{ dir: string; stack: Stack }> = [];
  const visit = (dir: string, depth: number) => {
    for (const name of view.list(dir)) {
      const path = join(dir, name);
      if (name.startsWith('.') || name === 'node_modules' || !view.isDirectory(path)) continue;
      const stack = stackFor(view, path);
      if (stack && stack !== staticStack) found.push({ dir: path, stack });
      else if (depth < 2) visit(path, depth + 1);
    }
  };
  visit('.', 1);
  return found;
}

function detectWorkspace(view: FileView, workspace: Workspace): DetectResult {
  const apps: AppPlan[] = [];
  const libraries: string[] = [];
  const rootPkg = (view.json('package.json') ?? {}) as { packageManager?: string };
  const rootManager = workspace.kind === 'node' ? nodePackageManager(view, '.', rootPkg) : undefined;
  const manager = rootManager?.manager;
  // Members that other members (or the root) link are libraries, even with a `main` entry that
  // would otherwise pass for a start command.
  const dependencies = dependencyClosures(view, workspace);
  const linked = new Set(['.', ...workspace.members].flatMap(dependencies));
  for (const dir of workspace.members) {
    const stack = stackFor(view, dir);
    if (!stack) continue;
    const plan = withRootServices(view, stack.plan(view, dir));
    plan.localDependencies = dependencies(dir);
    const libraryEntry = linked.has(dir) && plan.evidence.startCommand === 'package.json main';
    if (!isDeployable(plan) || libraryEntry) {
      libraries.push(dir);
      continue;
    }
    if (workspace.kind === 'node' && rootManager)
      applyNodeWorkspace(view, plan, dir, rootManager, workspace.tools);
    if (workspace.kind === 'cargo') {
      plan.installCommand = 'cargo fetch --locked';
      plan.warnings = plan.warnings.filter((warning) => !warning.startsWith('no Cargo.lock'));
    }
    apps.push(plan);
  }
  // The root of a workspace can be the app, with its members as its libraries (a Bun or npm app with packages/*).
  if (workspace.kind === 'node' && apps.length === 0) {
    const root = nodeStack.plan(view, '.');
    if (isDeployable(root)) {
      applyRootApp(view, root, dependencies('.'), manager);
      apps.push(withRootServices(view, root));
    }
  }
  const packageManager =
    workspace.kind === 'node' ? (manager === 'yarn-berry' ? 'yarn' : manager) : workspace.kind;
  const warnings = apps.length
    ? []
    : [
        `a ${workspace.kind} workspace with ${workspace.members.length} members, none of them deployable: give an app a start script or a main package`,
      ];
  if (workspace.tools.length) for (const app of apps) app.evidence.monorepoTool = workspace.tools.join(', ');
  return { root: view.root, monorepo: true, packageManager, apps, libraries, warnings };
}

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

/** Runs one member's script from the workspace root. */
function workspaceScript(manager: NodePackageManager, workspace: string, script: string): string {
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

/**
 * A workspace whose root is the app: it builds the members it links before itself, with the root's
 * install (every member is part of the app's build context anyway).
 */
function applyRootApp(
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

/** An app has something to run or to serve; a library has neither. */
function isDeployable(plan: AppPlan): boolean {
  return plan.static || plan.startCommand !== undefined;
}

/** A workspace installs once at the root; each app builds through the workspace's own filter. */
function applyNodeWorkspace(
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
  plan.packageManager = manager === 'yarn-berry' ? 'yarn' : manager;
  plan.warnings = plan.warnings.filter((warning) => !warning.startsWith('no lockfile'));
  if (!locked) plan.warnings.push('no lockfile at the workspace root: installs are not reproducible');
  switch (manager) {
    case 'pnpm':
      plan.installCommand = `pnpm install ${locked ? '--frozen-lockfile ' : ''}--filter ${name}...`;
      break;
    case 'yarn-berry':
      plan.installCommand = `yarn workspaces focus ${name}`;
      break;
    case 'yarn':
      plan.installCommand = locked ? 'yarn install --frozen-lockfile' : 'yarn install';
      break;
    case 'bun':
      plan.installCommand = locked ? 'bun install --frozen-lockfile' : 'bun install';
      break;
    default:
      plan.installCommand = `${locked ? 'npm ci' : 'npm install'} --workspace ${name} --include-workspace-root`;
  }
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

/** Services declared once for the whole repository (a root .env.example or compose file) belong to every app. */
function withRootServices(view: FileView, plan: AppPlan): AppPlan {
  // A static site talks to no database: the services are its API's.
  if (plan.static) return plan;
  const root = servicesFromFiles(view, ['.']);
  if (root.size) plan.services = [...new Set([...plan.services, ...root])].sort();
  return plan;
}

function unknownMessage(view: FileView): string {
  const names = view
    .list('.')
    .filter((name) => !name.startsWith('.'))
    .slice(0, 12);
  const seen = names.length ? `found ${names.join(', ')}` : 'the directory is empty';
  return `no app recognised (${seen}). shipshape knows Node (package.json), Python (requirements.txt, pyproject.toml), Go (go.mod), Rust (Cargo.toml), Java (pom.xml, build.gradle), .NET (*.csproj), Ruby (Gemfile), PHP (composer.json) and static sites (index.html)`;
}
