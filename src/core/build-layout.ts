/**
 * Where an app's image is built from. An app on its own builds from its folder; an app in a workspace
 * (npm, pnpm or yarn workspaces, a Cargo workspace, go.work) builds from the workspace root, because
 * its lockfile and the libraries it links live there. Every file that names a build context or a
 * Dockerfile (Compose, bake, the CI workflow, Railway, the README) reads it from here.
 */

import type { AppPlan } from './app-plan.js';
import type { BuildSecret } from './image-plan.js';

export interface BuildLayout {
  /** The build context, relative to the repository root. */
  context: string;
  /** The build context, relative to the app's folder (where its Compose files live). */
  contextFromApp: string;
  /** The Dockerfile, relative to the build context. */
  dockerfile: string;
  /** The app's folder inside the build context ('.' when the context is the app's folder). */
  appDir: string;
  /** Registry credentials the build reads from secret mounts, which every way of building must pass. */
  secrets: BuildSecret[];
}

/** The app's folder is the build context. */
export function ownFolder(app: AppPlan): BuildLayout {
  return { context: app.path, contextFromApp: '.', dockerfile: 'Dockerfile', appDir: '.', secrets: [] };
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
    secrets: [],
  };
}

/** `--secret` flags for `docker build`, each reading the developer's own copy. */
export function secretFlags(layout: BuildLayout): string {
  return layout.secrets
    .map((secret) => ` --secret id=${secret.id},src=${secret.source.replace('${HOME}', '$HOME')}`)
    .join('');
}
