/**
 * The file access the core is given. Commands read through this interface so a whole CLI run can be
 * tested against an in-memory tree, and the real file system lives only here.
 */

import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

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
