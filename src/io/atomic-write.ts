/**
 * One file replaced atomically and safely: the new contents go to a temporary file created exclusively
 * (a random name, `wx`, in the same directory so the rename cannot cross file systems), which takes the
 * old file's mode and is then renamed over it. A planted symlink cannot redirect the write: `wx` refuses
 * any existing name, links included. Temporary files still on disk when SIGINT or SIGTERM arrives are
 * removed before the process exits.
 */

import { randomBytes } from 'node:crypto';
import { closeSync, fchmodSync, lstatSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const pending = new Set<string>();
let handlersInstalled = false;

export function atomicWrite(path: string, data: string | Uint8Array): void {
  const mode = existingMode(path);
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.shipshape-tmp`);
  installSignalHandlers();
  const descriptor = openSync(temporary, 'wx', mode ?? 0o644);
  pending.add(temporary);
  try {
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      for (let written = 0; written < bytes.length; )
        written += writeSync(descriptor, bytes, written, bytes.length - written);
      // The umask narrowed the mode given to open; the old file's mode is restored exactly.
      if (mode !== undefined) fchmodSync(descriptor, mode);
    } finally {
      closeSync(descriptor);
    }
    renameSync(temporary, path);
  } catch (error) {
    removeQuietly(temporary);
    throw error;
  } finally {
    pending.delete(temporary);
  }
}

function existingMode(path: string): number | undefined {
  try {
    const stat = lstatSync(path);
    return stat.isFile() ? stat.mode & 0o7777 : undefined;
  } catch {
    return undefined;
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone.
  }
}

/** Temporary files of writes in progress; for tests. */
export function pendingTemporaryFiles(): string[] {
  return [...pending];
}

/**
 * Writes are synchronous, so a signal's JavaScript handler runs only between two of them; until it is
 * installed, Node's default handler would kill the process mid-write and leave the temporary file.
 */
function installSignalHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    process.once(signal, () => {
      for (const temporary of pending) removeQuietly(temporary);
      process.exit(code);
    });
  }
}
