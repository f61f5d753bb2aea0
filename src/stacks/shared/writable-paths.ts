/**
 * Where a running app writes, on a root file system that is otherwise read-only (compose.prod.yaml,
 * the Swarm stack and the Kubernetes manifests all run it so): /tmp always, and the folders its
 * framework writes at run time. Each becomes a tmpfs, or an emptyDir in Kubernetes, so nothing
 * written there outlives the container.
 */

import type { WritablePath } from '../../core/app-plan.js';

/** /tmp, then each folder the framework writes (relative to the app's folder), under the app's workdir. */
export function writablePaths(workdir: string, frameworkWrites: string[]): WritablePath[] {
  return [
    { path: '/tmp', name: 'tmp' },
    ...frameworkWrites.map((path) => ({
      path: `${workdir}/${path}`,
      name: `app-${path.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`,
    })),
  ];
}
