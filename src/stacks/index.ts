/**
 * The stacks shipshape knows, in the order detect tries them. The order matters where stacks overlap:
 * a Rails, Laravel or Django app usually has a package.json for its assets, so Node comes after them,
 * and a plain index.html counts only when nothing else does. A new stack is a folder beside these and
 * one line here.
 */

import type { AppPlan, DeployPlan, DetectResult } from '../core/app-plan.js';
import { type BuildLayout, ownFolder } from '../core/build-layout.js';
import { PlanError } from '../core/plan-error.js';
import { dotnetStack } from './dotnet/index.js';
import { goStack } from './go/index.js';
import { javaStack } from './java/index.js';
import { nodeStack } from './node/index.js';
import { phpStack } from './php/index.js';
import { pythonStack } from './python/index.js';
import { rubyStack } from './ruby/index.js';
import { rustStack } from './rust/index.js';
import type { FileView } from './shared/file-view.js';
import { type InstallCommand, SYSTEM_PACKAGE_INSTALLS } from './shared/install-command.js';
import { join } from './shared/services.js';
import type { Stack } from './stack.js';
import { staticStack } from './static/index.js';

export const STACKS: Stack[] = [
  phpStack,
  goStack,
  javaStack,
  rustStack,
  rubyStack,
  pythonStack,
  dotnetStack,
  nodeStack,
  staticStack,
];

/**
 * The stack of the app in a folder. PHP is tried first only with a composer.json, and last otherwise: a
 * bare index.php beside another stack's manifest is that stack's page, not a PHP app.
 */
export function stackFor(view: FileView, dir: string): Stack | undefined {
  if (phpStack.detect(view, dir) && view.exists(join(dir, 'composer.json'))) return phpStack;
  return (
    STACKS.find((stack) => stack !== phpStack && stack.detect(view, dir)) ??
    (phpStack.detect(view, dir) ? phpStack : undefined)
  );
}

/** The stack that detected an app. */
export function stackOf(app: Pick<AppPlan, 'language'>): Stack {
  const stack = STACKS.find((candidate) => candidate.language === app.language);
  if (!stack) throw new PlanError(`init does not write Dockerfiles for ${app.language} apps`);
  return stack;
}

/** Every stack's dependency installs, then the system package managers' (which read no manifest). */
export const DEPENDENCY_INSTALLS: InstallCommand[] = [
  ...STACKS.flatMap((stack) => stack.installCommands),
  ...SYSTEM_PACKAGE_INSTALLS,
];

/** The app with what its stack decides for the way it is built, as the renderers read it. */
export function deployPlan(app: AppPlan, layout: BuildLayout = ownFolder(app)): DeployPlan {
  return { ...app, ...stackOf(app).deployment(app, layout) };
}

/**
 * A workspace's own apps build from its root; an app of another stack among its members (a Python
 * service in a pnpm monorepo) links nothing there and builds from its own folder.
 */
export function buildsFromWorkspaceRoot(
  result: Pick<DetectResult, 'monorepo' | 'packageManager'>,
  app: AppPlan,
): boolean {
  return result.monorepo && stackOf(app).workspaceManagers.includes(result.packageManager ?? '');
}
