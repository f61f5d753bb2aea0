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
  const readFile = (path: string) => contents.get(resolve(root, path));
  return {
    readFile,
    read(path) {
      const text = readFile(path);
      if (text === undefined)
        return directories.has(resolve(root, path))
          ? { ok: false, missing: false, reason: 'is a directory, not a regular file: not read' }
          : { ok: false, missing: true, reason: 'no such file' };
      return { ok: true, bytes: Buffer.from(text, 'utf8'), text };
    },
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
    realPath: (path) => resolve(root, path),
    writeFile(path, data) {
      const absolute = resolve(root, path);
      contents.set(absolute, typeof data === 'string' ? data : Buffer.from(data).toString('utf8'));
      for (let dir = dirname(absolute); !directories.has(dir); dir = dirname(dir)) directories.add(dir);
    },
    remove: (path) => {
      contents.delete(resolve(root, path));
    },
  };
}
