/**
 * `lint -`: the text on standard input linted as if it were the file `--stdin-filename` names, so an editor's
 * unsaved buffer gets that file's kind, the `.dockerignore` beside it and the `ignores` entries matching it.
 */

import { resolve } from 'node:path';
import type { FileSystem } from '../io/file-system.js';
import { classify, type LintTarget } from './discover.js';

export interface StdinTarget {
  target: LintTarget;
  /** The real file system, except that the named path reads as the text from standard input. */
  fs: FileSystem;
}

export function stdinTarget(
  text: string,
  filename: string | undefined,
  cwd: string,
  fs: FileSystem,
): StdinTarget {
  const display = filename ?? 'Dockerfile';
  const absolute = resolve(cwd, display);
  const kind = classify(absolute) ?? (/\.ya?ml$/i.test(absolute) ? 'compose' : 'dockerfile');
  const overlay: FileSystem = {
    readFile: (path) => (path === absolute ? text : fs.readFile(path)),
    kind: (path) => (path === absolute ? 'file' : fs.kind(path)),
    list: (path) => fs.list(path),
    // A dry-run diff never writes, and --fix is refused before this point: nothing reaches the disk from stdin.
    writeFile: () => {},
  };
  return { target: { display, absolute, kind }, fs: overlay };
}
