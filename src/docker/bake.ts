/**
 * Builds every target of a docker-bake.hcl in one BuildKit session (`docker buildx bake`): the apps of a
 * monorepo in parallel, sharing the layers they have in common. shipshape's own flags become bake's
 * `--set` overrides for every target.
 */

import { UsageError } from '../core/errors.js';
import type { BuildRequest } from './build.js';

export function bakeArguments(
  bakeFile: string,
  request: Pick<BuildRequest, 'platforms' | 'buildArgs' | 'secrets' | 'noCache' | 'push' | 'target'>,
  metadataFile: string,
): string[] {
  if (request.target)
    throw new UsageError(
      '--target names a Dockerfile stage; with docker-bake.hcl, set each target in the file',
    );
  const args = ['buildx', 'bake', '--file', bakeFile, '--progress=plain', '--metadata-file', metadataFile];
  if (request.platforms.length) args.push('--set', `*.platform=${request.platforms.join(',')}`);
  for (const arg of request.buildArgs) {
    const equals = arg.indexOf('=');
    if (equals < 1) throw new UsageError(`--build-arg wants KEY=VALUE, not '${arg}'`);
    args.push('--set', `*.args.${arg.slice(0, equals)}=${arg.slice(equals + 1)}`);
  }
  for (const secret of request.secrets) args.push('--set', `*.secrets=${secret}`);
  if (request.noCache) args.push('--no-cache');
  // Several platforms cannot be loaded into the engine's image store; they are pushed or stay cached.
  if (request.push) args.push('--push');
  else if (request.platforms.length <= 1) args.push('--load');
  return args;
}

/** Bake's metadata file: per target, the image it made. */
export function bakeImages(
  metadata: Record<string, Record<string, unknown>>,
): { target: string; imageId: string; names: string[] }[] {
  return Object.entries(metadata)
    .filter(([, value]) => typeof value === 'object' && value !== null)
    .map(([target, value]) => ({
      target,
      imageId: String(value['containerimage.config.digest'] ?? value['containerimage.digest'] ?? ''),
      names: String(value['image.name'] ?? '')
        .split(',')
        .filter(Boolean),
    }));
}
