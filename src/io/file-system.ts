/**
 * The file access the core is given. Commands read through this interface so a whole CLI run can be
 * tested against an in-memory tree, and the real file system lives only here.
 *
 * Reading is guarded: only regular files are opened (a FIFO would block the run forever, a device such
 * as /dev/zero would fill memory), and only up to MAX_FILE_BYTES.
 */

import {
  closeSync,
  constants,
  fstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
  statSync,
  unlinkSync,
} from 'node:fs';
import { dirname, resolve } from 'node:path';
import { MAX_FILE_BYTES } from '../core/limits.js';
import { atomicWrite } from './atomic-write.js';

/** `other`: exists but is neither (a FIFO, socket or device): never opened. */
export type EntryKind = 'file' | 'directory' | 'other';

/** A file's contents, or why they were not read. */
export type FileRead =
  | { ok: true; bytes: Uint8Array; text: string }
  | { ok: false; missing: boolean; reason: string };

export interface FileSystem {
  /** File contents as UTF-8 text, or undefined when there is no such (regular, readable) file. */
  readFile(path: string): string | undefined;
  /** The bytes and their UTF-8 reading, or the reason they cannot be read (see `readChecked`). */
  read?(path: string): FileRead;
  kind(path: string): EntryKind | undefined;
  /** Names in a directory (not paths), empty when it is not one. */
  list(path: string): string[];
  /** The path with every symbolic link resolved (as far as it exists), for loops and escapes. */
  realPath?(path: string): string;
  /** Replaces a regular file's contents atomically, keeping its mode: readers see the old or the new file. */
  writeFile(path: string, data: string | Uint8Array): void;
  /** Deletes a file, to undo a write that a later failure made pointless. */
  remove?(path: string): void;
}

export function nodeFileSystem(): FileSystem {
  const read = (path: string): FileRead => readRegularFile(path);
  return {
    read,
    readFile(path) {
      const result = read(path);
      return result.ok ? result.text : undefined;
    },
    kind(path) {
      try {
        const stat = statSync(path);
        return stat.isDirectory() ? 'directory' : stat.isFile() ? 'file' : 'other';
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
    realPath: realPathOf,
    writeFile(path, data) {
      // Generated files may live in folders the repository does not have yet (.github/workflows).
      mkdirSync(dirname(path), { recursive: true });
      atomicWrite(path, data);
    },
    remove: (path) => unlinkSync(path),
  };
}

function readRegularFile(path: string): FileRead {
  let stat: NonNullable<ReturnType<typeof statSync>>;
  try {
    stat = statSync(path);
  } catch (error) {
    return failure(error);
  }
  if (!stat.isFile()) return notRegular(stat);
  if (stat.size > MAX_FILE_BYTES) return tooLarge(stat.size);
  let descriptor: number;
  try {
    // O_NONBLOCK: should the path be swapped for a FIFO between the stat and the open, open returns at once.
    descriptor = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return failure(error);
  }
  try {
    const opened = fstatSync(descriptor);
    if (!opened.isFile()) return notRegular(opened);
    if (opened.size > MAX_FILE_BYTES) return tooLarge(opened.size);
    // Read until end of file, never past the limit: the file may grow after the stat.
    let buffer = Buffer.alloc(opened.size + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > MAX_FILE_BYTES) return tooLarge(length);
        const larger = Buffer.alloc(Math.min(buffer.length * 2, MAX_FILE_BYTES + 1));
        buffer.copy(larger);
        buffer = larger;
      }
      const count = readSync(descriptor, buffer, length, buffer.length - length, null);
      if (count === 0) break;
      length += count;
    }
    const bytes = buffer.subarray(0, length);
    return { ok: true, bytes, text: bytes.toString('utf8') };
  } catch (error) {
    return failure(error);
  } finally {
    closeSync(descriptor);
  }
}

function notRegular(stat: NonNullable<ReturnType<typeof statSync>>): FileRead {
  const what = stat.isDirectory()
    ? 'a directory'
    : stat.isFIFO()
      ? 'a FIFO'
      : stat.isSocket()
        ? 'a socket'
        : stat.isCharacterDevice() || stat.isBlockDevice()
          ? 'a device'
          : 'not a regular file';
  return { ok: false, missing: false, reason: `is ${what}, not a regular file: not read` };
}

function tooLarge(size: number): FileRead {
  return {
    ok: false,
    missing: false,
    reason: `is larger than the ${MAX_FILE_BYTES / 1024 / 1024} MB limit (${size} bytes): not read`,
  };
}

function failure(error: unknown): FileRead {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, missing: true, reason: 'no such file' };
  const reason =
    code === 'EACCES' || code === 'EPERM' ? 'permission denied' : ((error as Error).message ?? String(error));
  return { ok: false, missing: false, reason: `cannot be read: ${reason}` };
}

/** A file's bytes, or why not, from any FileSystem: one given only `readFile` reads as UTF-8 text. */
export function readChecked(fs: FileSystem, path: string): FileRead {
  if (fs.read) return fs.read(path);
  const text = fs.readFile(path);
  if (text !== undefined) return { ok: true, bytes: Buffer.from(text, 'utf8'), text };
  return fs.kind(path) === undefined
    ? { ok: false, missing: true, reason: 'no such file' }
    : { ok: false, missing: false, reason: 'is not a regular file: not read' };
}

export function realPath(fs: FileSystem, path: string): string {
  return fs.realPath ? fs.realPath(path) : resolve(path);
}

/** realpath of the longest existing prefix, with the missing rest appended (a file about to be created). */
function realPathOf(path: string): string {
  const absolute = resolve(path);
  try {
    return realpathSync(absolute);
  } catch {
    const parent = dirname(absolute);
    if (parent === absolute) return absolute;
    return resolve(realPathOf(parent), absolute.slice(parent.length + 1));
  }
}
