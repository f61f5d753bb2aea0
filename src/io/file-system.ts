/**
 * The file access the core is given. Commands read through this interface so a whole CLI run can be
 * tested against an in-memory tree, and the real file system lives only here.
 */

import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export type EntryKind = 'file' | 'directory';

export interface FileSystem {
  /** File contents, or undefined when there is no such file. */
  readFile(path: string): string | undefined;
  kind(path: string): EntryKind | undefined;
  /** Names in a directory (not paths), empty when it is not one. */
  list(path: string): string[];
  /** Replaces a file's contents atomically: readers see the old file or the new one, never half of it. */
  writeFile(path: string, text: string): void;
}

export function nodeFileSystem(): FileSystem {
  return {
    readFile(path) {
      try {
        return readFileSync(path, 'utf8');
      } catch {
        return undefined;
      }
    },
    kind(path) {
      try {
        const stat = statSync(path);
        return stat.isDirectory() ? 'directory' : stat.isFile() ? 'file' : undefined;
      } catch {
        return undefined;
      }
    },
    list(path) {
      try {
        return readdirSync(path);
      } catch {
        return [];
      }
    },
    writeFile(path, text) {
      // Generated files may live in folders the repository does not have yet (.github/workflows).
      mkdirSync(dirname(path), { recursive: true });
      const temporary = `${path}.shipshape-${process.pid}.tmp`;
      writeFileSync(temporary, text);
      renameSync(temporary, path);
    },
  };
}

/** A tree from `{ 'app/Dockerfile': 'FROM …' }`, rooted at `root`, for tests. */
export function memoryFileSystem(files: Record<string, string>, root = '/work'): FileSystem {
  const contents = new Map<string, string>();
  const directories = new Set<string>([resolve(root)]);
  for (const [path, text] of Object.entries(files)) {
    const absolute = resolve(root, path);
    contents.set(absolute, text);
    for (let dir = dirname(absolute); !directories.has(dir); dir = dirname(dir)) directories.add(dir);
  }
  return {
    readFile: (path) => contents.get(resolve(root, path)),
    kind: (path) =>
      contents.has(resolve(root, path))
        ? 'file'
        : directories.has(resolve(root, path))
          ? 'directory'
          : undefined,
    list(path) {
      const dir = resolve(root, path);
      const names = new Set<string>();
      for (const entry of [...contents.keys(), ...directories]) {
        if (dirname(entry) === dir && entry !== dir) names.add(entry.slice(dir.length + 1));
      }
      return [...names].sort();
    },
    writeFile(path, text) {
      contents.set(resolve(root, path), text);
    },
  };
}
