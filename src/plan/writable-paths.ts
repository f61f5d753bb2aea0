/**
 * Where a running app writes, on a root file system that is otherwise read-only (compose.prod.yaml,
 * the Swarm stack and the Kubernetes manifests all run it so): /tmp always, and the folders its
 * framework writes at run time. Each becomes a tmpfs, or an emptyDir in Kubernetes, so nothing
 * written there outlives the container.
 */

import type { AppPlan } from '../core/app-plan.js';
import type { BuildLayout } from '../core/build-layout.js';

/** The folder the app runs from in its image, per stack (see the image plans). */
function appRoot(app: AppPlan, layout: BuildLayout): string {
  if (app.language === 'php') return '/var/www/html';
  if (app.language === 'node' && layout.appDir !== '.') return `/app/${layout.appDir}`;
  return '/app';
}

/** What each framework writes while it runs, relative to the app's folder. */
const FRAMEWORK_WRITES: Record<string, string[]> = {
  // Compiled views, file sessions and cache; logs go to stderr (LOG_CHANNEL in the image).
  laravel: ['storage/framework/cache', 'storage/framework/sessions', 'storage/framework/views'],
  // The cache pools and logs under var/ (the warmed cache is rebuilt there on first use).
  symfony: ['var'],
  // Pid files, Bootsnap's and the asset cache.
  rails: ['tmp'],
  // The image optimizer's cache.
  next: ['.next/cache'],
};

export interface WritablePath {
  path: string;
  /** A name for it where one is needed (a Kubernetes volume): `tmp`, `app-storage-framework-cache`. */
  name: string;
}

export function writablePaths(app: AppPlan, layout: BuildLayout): WritablePath[] {
  const root = appRoot(app, layout);
  const framework = app.static ? [] : (FRAMEWORK_WRITES[app.framework ?? ''] ?? []);
  return [
    { path: '/tmp', name: 'tmp' },
    ...framework.map((path) => ({
      path: `${root}/${path}`,
      name: `app-${path.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`,
    })),
  ];
}
