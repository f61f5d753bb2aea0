/** What every generated image plan says or does the same way, whatever the language. */

import type { StagePlan } from '../../core/image-plan.js';
import { exposed } from './healthcheck.js';

/** The `nonroot` user of the distroless images. */
export const DISTROLESS_NONROOT_UID = '65532';

/** The header line that tells how to build either target. */
export const BUILD_USAGE =
  'Build: docker build -t app .   Development: docker build --target development -t app:dev .';

/** The same, for an app built from its workspace root: run from the root, naming the app's Dockerfile. */
export function workspaceBuildUsage(dockerfile: string): string {
  return `Build from the workspace root: docker build -f ${dockerfile} -t app .   Development: add --target development`;
}

/**
 * The development stage of a compiled stack: the build stage's toolchain and source, run from source.
 * compose.override.yaml mounts the source over /src, the build stage's working directory.
 */
export function compiledDevelopmentStage(port: number | undefined, argv: string[]): StagePlan {
  return {
    name: 'development',
    from: 'build',
    purpose: 'Development: the toolchain and the source; compose.override.yaml mounts the source over /src.',
    steps: [...exposed(port), { kind: 'cmd', argv }],
  };
}
