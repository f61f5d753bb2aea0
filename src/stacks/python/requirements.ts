/**
 * The requirements files an install reads: requirements.txt and every file it includes with
 * `-r`/`--requirement` or `-c`/`--constraint`, followed recursively. pip resolves an include relative
 * to the file that names it, so a `-r base.txt` inside requirements/prod.txt means requirements/base.txt.
 * pip has no parser for this outside itself; the syntax read here is its documented option lines.
 */

import { posix } from 'node:path';

const INCLUDE = /^\s*(?:-r|--requirement|-c|--constraint)(?:\s*=\s*|\s+|(?=\S))(\S+)/;

/** Files named by include lines, relative to the app, in the order pip reads them, each once. */
export function requirementFiles(
  read: (path: string) => string | undefined,
  start = 'requirements.txt',
): string[] {
  const found: string[] = [];
  const visit = (file: string) => {
    if (found.includes(file)) return;
    const text = read(file);
    if (text === undefined) return;
    found.push(file);
    for (const line of text.split('\n')) {
      const target = INCLUDE.exec(line.replace(/\s+#.*$/, ''))?.[1];
      // A URL is fetched by pip at install time; a path out of the app is not in its build context.
      if (!target || /^[a-z][a-z0-9+.-]*:\/\//i.test(target)) continue;
      const path = posix.normalize(posix.join(posix.dirname(file), target));
      if (!path.startsWith('../') && !posix.isAbsolute(path)) visit(path);
    }
  };
  visit(start);
  return found;
}
