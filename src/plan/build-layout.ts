/**
 * Where an app's image is built from. An app on its own builds from its folder; an app in a workspace
 * (npm, pnpm or yarn workspaces, a Cargo workspace, go.work) builds from the workspace root, because
 * its lockfile and the libraries it links live there. Every file that names a build context or a
 * Dockerfile (Compose, bake, the CI workflow, Railway, the README) reads it from here.
 */

import type { AppPlan } from '../detect/plan.js';

export interface BuildLayout {
  /** The build context, relative to the repository root. */
  context: string;
  /** The build context, relative to the app's folder (where its Compose files live). */
  contextFromApp: string;
  /** The Dockerfile, relative to the build context. */
  dockerfile: string;
  /** The app's folder inside the build context ('.' when the context is the app's folder). */
  appDir: string;
}

/** The app's folder is the build context. */
export function ownFolder(app: AppPlan): BuildLayout {
  return { context: app.path, contextFromApp: '.', dockerfile: 'Dockerfile', appDir: '.' };
}

/** The workspace root is the build context; the Dockerfile stays in the app's folder. */
export function workspaceRoot(app: AppPlan): BuildLayout {
  if (app.path === '.') return ownFolder(app);
  const depth = app.path.split('/').length;
  return {
    context: '.',
    contextFromApp: Array.from({ length: depth }, () => '..').join('/'),
    dockerfile: `${app.path}/Dockerfile`,
    appDir: app.path,
  };
}

/** The `docker build` arguments after `-t name`, run from the repository root or the app's folder. */
export function buildArguments(layout: BuildLayout): string {
  return layout.dockerfile === 'Dockerfile' ? '.' : `-f ${layout.dockerfile} .`;
}
