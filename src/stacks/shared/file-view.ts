/**
 * What detect may read of a repository: names in a directory, a file's text, and a bounded search for
 * source files. It never enters dependency or build folders, and reads each file at most once.
 */

import { join } from 'node:path';
import type { FileSystem } from '../../io/file-system.js';

const SKIP = new Set([
  'node_modules',
  '.git',
  '.hg',
  'vendor',
  '.venv',
  'venv',
  '__pycache__',
  'target',
  'dist',
  'build',
  '.next',
  '.nuxt',
  '.turbo',
  'bin',
  'obj',
  '.gradle',
  '.idea',
  '.vscode',
  'coverage',
  'tmp',
  'log',
]);

export interface FileView {
  root: string;
  exists(path: string): boolean;
  isDirectory(path: string): boolean;
  read(path: string): string | undefined;
  json(path: string): Record<string, unknown> | undefined;
  list(dir: string): string[];
  /** Source files under a directory whose names match, breadth-first, at most `limit`, skipping dependency folders. */
  find(dir: string, match: (name: string) => boolean, limit?: number, depth?: number): string[];
}

export function fileView(fs: FileSystem, root: string): FileView {
  const texts = new Map<string, string | undefined>();
  const abs = (path: string) => join(root, path);
  const read = (path: string) => {
    if (!texts.has(path)) texts.set(path, fs.readFile(abs(path)));
    return texts.get(path);
  };
  return {
    root,
    exists: (path) => fs.kind(abs(path)) !== undefined,
    isDirectory: (path) => fs.kind(abs(path)) === 'directory',
    read,
    json(path) {
      const text = read(path);
      if (text === undefined) return undefined;
      try {
        const value: unknown = JSON.parse(text);
        return value && typeof value === 'object' && !Array.isArray(value)
          ? (value as Record<string, unknown>)
          : undefined;
      } catch {
        return undefined;
      }
    },
    list: (dir) => fs.list(abs(dir)),
    find(dir, match, limit = 50, depth = 6) {
      const found: string[] = [];
      let frontier = [dir];
      for (let level = 0; level <= depth && frontier.length && found.length < limit; level++) {
        const next: string[] = [];
        for (const current of frontier) {
          for (const name of fs.list(abs(current))) {
            const path = current === '.' ? name : join(current, name);
            const kind = fs.kind(abs(path));
            if (kind === 'directory') {
              if (!SKIP.has(name) && !name.startsWith('.')) next.push(path);
            } else if (kind === 'file' && match(name)) {
              found.push(path);
              if (found.length >= limit) return found;
            }
          }
        }
        frontier = next;
      }
      return found;
    },
  };
}
