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
export function compiledDevelopmentStage(
  port: number | undefined,
  argv: string[],
  /**
   * Compiles once into the image's own build cache (outside /src, which the mount hides), so that a start
   * compiles only what changed: the build stage's caches are mounts, and are not in any layer.
   */
  warm?: { why: string; commands: string[] },
): StagePlan {
  return {
    name: 'development',
    from: 'build',
    purpose: 'Development: the toolchain and the source; compose.override.yaml mounts the source over /src.',
    steps: [
      ...(warm
        ? [
            { kind: 'comment' as const, text: warm.why },
            { kind: 'run' as const, commands: warm.commands },
          ]
        : []),
      ...exposed(port),
      { kind: 'cmd', argv },
    ],
  };
}
