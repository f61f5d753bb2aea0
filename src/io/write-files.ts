/**
 * Writes generated files without losing anything: a new file is written atomically; an identical one is
 * left alone; a different one is kept unless `force`, and then replaced atomically after a byte-exact
 * backup under a name no earlier backup holds.
 *
 * Everything that can be checked is checked before the first write (a path that leads outside the
 * repository through a symbolic link, a folder where a file goes), so a refusal writes nothing. A write
 * that fails all the same undoes the ones before it and says so.
 */

import { dirname } from 'node:path';
import { InputError } from '../core/errors.js';
import { type FileSystem, readChecked } from './file-system.js';
import { writableTarget } from './write-guard.js';

/** `skipped`: not written because it would change how a kept file of the user's runs. */
export type WriteStatus = 'created' | 'unchanged' | 'conflict' | 'replaced' | 'skipped';

export interface WriteOutcome {
  path: string;
  status: WriteStatus;
  /** The existing text, when it differs from the generated one. */
  previous: string | undefined;
  backup: string | undefined;
  /** Why it was skipped. */
  reason?: string;
}

interface Planned {
  path: string;
  content: string;
  real: string;
  previous: { bytes: Uint8Array; text: string } | undefined;
}

export function writeGenerated(
  fs: FileSystem,
  absolute: (path: string) => string,
  files: Array<{ path: string; content: string }>,
  options: { force: boolean; dryRun: boolean; root: string },
): WriteOutcome[] {
  const planned = files.map((file) => plan(fs, options.root, absolute, file));
  const outcomes: WriteOutcome[] = planned.map(({ path, content, previous }) => {
    if (previous?.text === content && sameBytes(previous.bytes, content))
      return { path, status: 'unchanged', previous: undefined, backup: undefined };
    if (previous !== undefined && !options.force)
      return { path, status: 'conflict', previous: previous.text, backup: undefined };
    return { path, status: previous ? 'replaced' : 'created', previous: previous?.text, backup: undefined };
  });
  skipOverridesOfKeptCompose(outcomes);
  if (options.dryRun) return outcomes;

  const done: Array<{ item: Planned; backup: string | undefined }> = [];
  planned.forEach((item, i) => {
    const outcome = outcomes[i] as WriteOutcome;
    if (outcome.status !== 'created' && outcome.status !== 'replaced') return;
    let backup: string | undefined;
    try {
      if (item.previous) {
        backup = freeBackupName(fs, item.path, absolute);
        fs.writeFile(writableTarget(fs, options.root, absolute(backup), backup), item.previous.bytes);
        outcome.backup = backup;
      }
      fs.writeFile(item.real, item.content);
      done.push({ item, backup });
    } catch (error) {
      throw new InputError(
        `could not write it (${reasonOf(error)}); ${undo(fs, done, absolute, backup)}`,
        item.path,
      );
    }
  });
  return outcomes;
}

function plan(
  fs: FileSystem,
  root: string,
  absolute: (path: string) => string,
  file: { path: string; content: string },
): Planned {
  const real = writableTarget(fs, root, absolute(file.path), file.path);
  const read = readChecked(fs, real);
  if (!read.ok && !read.missing) throw new InputError(read.reason, file.path);
  return { ...file, real, previous: read.ok ? { bytes: read.bytes, text: read.text } : undefined };
}

function sameBytes(bytes: Uint8Array, content: string): boolean {
  return Buffer.from(bytes).equals(Buffer.from(content, 'utf8'));
}

/**
 * Compose reads `compose.override.yaml` beside `compose.yaml` by itself, and `compose.prod.yaml` is
 * written to be layered over our `compose.yaml`. Next to the user's own file, kept, either would change
 * how that file runs or not fit it, so they wait for `--force` as the file itself does.
 */
function skipOverridesOfKeptCompose(outcomes: WriteOutcome[]): void {
  const kept = outcomes.filter((o) => o.status === 'conflict' && /(^|\/)compose\.ya?ml$/.test(o.path));
  for (const base of kept) {
    const folder = dirname(base.path);
    for (const outcome of outcomes) {
      if (outcome === base || dirname(outcome.path) !== folder) continue;
      if (!/(^|\/)(docker-)?compose\.[\w-]+\.ya?ml$/.test(outcome.path)) continue;
      if (outcome.status !== 'created' && outcome.status !== 'replaced') continue;
      outcome.status = 'skipped';
      outcome.reason = `${base.path} is yours and kept, and this file would change how it runs`;
    }
  }
}

/** `<file>.shipshape-backup`, else the first free `<file>.shipshape-backup.<n>`: no backup is overwritten. */
function freeBackupName(fs: FileSystem, path: string, absolute: (path: string) => string): string {
  const base = `${path}.shipshape-backup`;
  if (fs.kind(absolute(base)) === undefined) return base;
  for (let n = 1; ; n++) if (fs.kind(absolute(`${base}.${n}`)) === undefined) return `${base}.${n}`;
}

function reasonOf(error: unknown): string {
  if (error instanceof InputError) return error.message;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'permission denied';
  if (code === 'EISDIR') return 'a directory is in the way';
  if (code === 'ENOSPC') return 'no space left on the device';
  return (error as Error).message ?? String(error);
}

/** Puts back what this run changed, newest first, and says how that went. */
function undo(
  fs: FileSystem,
  done: Array<{ item: Planned; backup: string | undefined }>,
  absolute: (path: string) => string,
  pendingBackup: string | undefined,
): string {
  const left: string[] = [];
  for (const { item } of [...done].reverse()) {
    try {
      if (item.previous) fs.writeFile(item.real, item.previous.bytes);
      else if (fs.remove) fs.remove(item.real);
      else left.push(item.path);
    } catch {
      left.push(item.path);
    }
  }
  const backups = [...done.map((entry) => entry.backup), pendingBackup].filter(
    (backup): backup is string => backup !== undefined && fs.kind(absolute(backup)) === 'file',
  );
  const kept = backups.length ? ` (backups kept: ${backups.join(', ')})` : '';
  if (left.length) return `already written and not undone: ${left.join(', ')}${kept}`;
  return done.length
    ? `the ${done.length} file${done.length === 1 ? '' : 's'} written before it were put back as they were${kept}`
    : `nothing was written${kept}`;
}
