/**
 * Which files `lint` reads: the paths given, and inside directories every Dockerfile, Compose file and
 * `.dockerignore`, skipping dependency and VCS folders.
 */

import { basename, join, relative, resolve } from 'node:path';
import { InputError } from '../core/errors.js';
import type { FileSystem } from '../io/file-system.js';

export type LintFileKind = 'dockerfile' | 'compose' | 'dockerignore';

export interface LintTarget {
  /** As shown to the user: relative to the working directory when inside it. */
  display: string;
  absolute: string;
  kind: LintFileKind;
}

const SKIPPED_DIRECTORIES = new Set([
  'node_modules',
  '.git',
  '.hg',
  '.svn',
  'vendor',
  '.venv',
  'venv',
  '__pycache__',
  'target',
  '.next',
  'dist',
]);

/** Swarm stack files by their usual names: docker-stack.yml, stack.yml, app.stack.yml, docker-stack.prod.yml. */
export function isStackFile(name: string): boolean {
  return /^(docker-)?stack([.-][\w.-]*)?\.ya?ml$|\.stack\.ya?ml$/i.test(name);
}

export function classify(path: string): LintFileKind | undefined {
  const name = basename(path);
  // `Dockerfile.prod` yes, but `dockerfile.ts` is source code: the variant suffix only after the capitalised name.
  if (
    /^(dockerfile|containerfile)$/i.test(name) ||
    /^(Dockerfile|Containerfile)\..+$/.test(name) ||
    /\.(Dockerfile|Containerfile)$/i.test(name)
  )
    return 'dockerfile';
  if (/^(docker-)?compose([.-].*)?\.ya?ml$/i.test(name) || isStackFile(name)) return 'compose';
  if (name === '.dockerignore' || /\.dockerignore$/.test(name)) return 'dockerignore';
  return undefined;
}

export function discoverTargets(paths: string[], cwd: string, fs: FileSystem): LintTarget[] {
  const targets: LintTarget[] = [];
  const seen = new Set<string>();
  const add = (absolute: string, kind: LintFileKind) => {
    if (seen.has(absolute)) return;
    seen.add(absolute);
    const rel = relative(cwd, absolute);
    targets.push({ display: rel && !rel.startsWith('..') ? rel : absolute, absolute, kind });
  };
  for (const path of paths.length ? paths : ['.']) {
    const absolute = resolve(cwd, path);
    const kind = fs.kind(absolute);
    if (kind === undefined) throw new InputError('no such file or directory', path);
    if (kind === 'file') {
      // A file named explicitly is linted by its name's kind, or as a Dockerfile when the name says nothing.
      add(absolute, classify(absolute) ?? (/\.ya?ml$/i.test(absolute) ? 'compose' : 'dockerfile'));
      continue;
    }
    walk(absolute, fs, add);
  }
  return targets;
}

function walk(directory: string, fs: FileSystem, add: (path: string, kind: LintFileKind) => void): void {
  for (const name of fs.list(directory)) {
    const path = join(directory, name);
    const kind = fs.kind(path);
    if (kind === 'directory') {
      if (!SKIPPED_DIRECTORIES.has(name)) walk(path, fs, add);
    } else if (kind === 'file') {
      const fileKind = classify(path);
      if (fileKind) add(path, fileKind);
    }
  }
}
