/**
 * Writes generated files without losing anything: a new file is written atomically; an identical one is
 * left alone; a different one is kept unless `force`, and then replaced atomically after a backup copy.
 */

import type { FileSystem } from './file-system.js';

export type WriteStatus = 'created' | 'unchanged' | 'conflict' | 'replaced';

export interface WriteOutcome {
  path: string;
  status: WriteStatus;
  /** The existing text, when it differs from the generated one. */
  previous: string | undefined;
  backup: string | undefined;
}

export function writeGenerated(
  fs: FileSystem,
  absolute: (path: string) => string,
  files: Array<{ path: string; content: string }>,
  options: { force: boolean; dryRun: boolean },
): WriteOutcome[] {
  return files.map(({ path, content }) => {
    const target = absolute(path);
    const previous = fs.readFile(target);
    if (previous === content) return { path, status: 'unchanged', previous: undefined, backup: undefined };
    if (previous !== undefined && !options.force)
      return { path, status: 'conflict', previous, backup: undefined };
    if (options.dryRun)
      return { path, status: previous === undefined ? 'created' : 'replaced', previous, backup: undefined };
    let backup: string | undefined;
    if (previous !== undefined) {
      backup = `${path}.shipshape-backup`;
      fs.writeFile(absolute(backup), previous);
    }
    fs.writeFile(target, content);
    return { path, status: previous === undefined ? 'created' : 'replaced', previous, backup };
  });
}
