/**
 * Where a write really lands. A file or folder in the repository may be a symbolic link to somewhere
 * else; writing through it would change a file outside the repository, so that is refused. A link that
 * stays inside is followed, so the link is kept and its target gets the new contents.
 */

import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { InputError } from '../core/errors.js';
import { type FileSystem, realPath } from './file-system.js';

/** The real path to write `path` to, or an InputError naming `display` when that is not allowed. */
export function writableTarget(fs: FileSystem, root: string, path: string, display: string): string {
  const realRoot = realPath(fs, root);
  const real = realPath(fs, path);
  if (!isInside(realRoot, real))
    throw new InputError(
      `refusing to write: it leads outside the repository (through a symbolic link, to ${real})`,
      display,
    );
  const kind = fs.kind(real);
  if (kind === 'directory') throw new InputError('is a directory: cannot write a file in its place', display);
  if (kind === 'other') throw new InputError('is not a regular file: refusing to write to it', display);
  return real;
}

export function isInside(root: string, path: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : `${root}${sep}`);
}

/**
 * The repository a file belongs to: the nearest folder above it holding `.git`; failing that the working
 * directory when the file is inside it, else the file's own folder.
 */
export function repositoryRoot(fs: FileSystem, file: string, cwd: string): string {
  for (let dir = dirname(resolve(file)); ; dir = dirname(dir)) {
    if (fs.kind(join(dir, '.git')) !== undefined) return dir;
    if (dirname(dir) === dir) break;
  }
  const fromCwd = relative(resolve(cwd), resolve(file));
  return fromCwd.startsWith('..') || isAbsolute(fromCwd) ? dirname(resolve(file)) : resolve(cwd);
}
