/**
 * Runs the stacks over a repository: one plan per deployable app (the root itself, workspace
 * members, or apps in subfolders), libraries named as such, workspace-aware commands. Pure: reads the
 * file view, returns data.
 */

import type { AppPlan, DetectResult } from '../core/app-plan.js';
import { STACKS, stackFor } from '../stacks/index.js';
import { nodeStack } from '../stacks/node/index.js';
import { managerName, nodePackageManager } from '../stacks/node/package-managers.js';
import { applyNodeWorkspace, applyRootApp } from '../stacks/node/workspace.js';
import { applyCargoWorkspace } from '../stacks/rust/detect.js';
import type { FileView } from '../stacks/shared/file-view.js';
import { serviceEnv } from '../stacks/shared/service-env.js';
import { join, servicesFromFiles } from '../stacks/shared/services.js';
import type { Stack } from '../stacks/stack.js';
import { staticStack } from '../stacks/static/index.js';
import { dependencyClosures, findWorkspace, type Workspace } from './workspaces.js';

export function detectRepository(view: FileView): DetectResult {
  const workspace = findWorkspace(view);
  if (workspace) return detectWorkspace(view, workspace);
  const stack = stackFor(view, '.');
  if (stack) {
    const plan = withServiceEnv(view, stack.plan(view, '.'));
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
  const rootManager =
    workspace.kind === 'node' ? nodePackageManager(view, '.', rootPkg.packageManager) : undefined;
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
    if (workspace.kind === 'cargo') applyCargoWorkspace(plan);
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
  const packageManager = workspace.kind === 'node' ? manager && managerName(manager) : workspace.kind;
  const warnings = apps.length
    ? []
    : [
        `a ${workspace.kind} workspace with ${workspace.members.length} members, none of them deployable: give an app a start script or a main package`,
      ];
  if (workspace.tools.length) for (const app of apps) app.evidence.monorepoTool = workspace.tools.join(', ');
  return { root: view.root, monorepo: true, packageManager, apps, libraries, warnings };
}

/** An app has something to run or to serve; a library has neither. */
function isDeployable(plan: AppPlan): boolean {
  return plan.static || plan.startCommand !== undefined;
}

/** Services declared once for the whole repository (a root .env.example or compose file) belong to every app. */
function withRootServices(view: FileView, plan: AppPlan): AppPlan {
  // A static site talks to no database: the services are its API's.
  if (plan.static) return plan;
  const root = servicesFromFiles(view, ['.']);
  if (root.size) plan.services = [...new Set([...plan.services, ...root])].sort();
  return withServiceEnv(view, plan);
}

/** The names the app's code reads its services' addresses from, for the generated files to set. */
function withServiceEnv(view: FileView, plan: AppPlan): AppPlan {
  const names = serviceEnv(view, plan.path, plan.services);
  if (Object.keys(names).length) plan.serviceEnv = names;
  return plan;
}

function unknownMessage(view: FileView): string {
  const names = view
    .list('.')
    .filter((name) => !name.startsWith('.'))
    .slice(0, 12);
  const seen = names.length ? `found ${names.join(', ')}` : 'the directory is empty';
  const known = STACKS.map((stack) => stack.recognisedBy);
  return `no app recognised (${seen}). shipshape knows ${known.slice(0, -1).join(', ')} and ${known.at(-1)}`;
}
