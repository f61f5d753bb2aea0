/** An in-memory FileSystem for tests: a whole CLI run, detect or init against a tree from an object. */

import { dirname, resolve } from 'node:path';
import type { FileSystem } from '../src/io/file-system.js';

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
