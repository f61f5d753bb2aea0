/**
 * Runtime versions as projects state them, reduced to what an image tag can use: an exact version
 * stays exact (`20.11.1`), a range becomes the lowest release line it allows (`>=20` -> `20`,
 * `^3.11` -> `3.11`), aliases like `lts/*` resolve to nothing (the caller picks a default and says so).
 */

/** Numeric parts to keep: Node and Go lines are majors (20, 1.22 for Go), Python and Java need major.minor. */
export function normaliseVersion(spec: string | undefined, parts: 1 | 2 = 1): string | undefined {
  if (!spec) return undefined;
  const text = spec.trim().replace(/^v/, '');
  if (/^\d+(\.\d+){0,2}$/.test(text)) return text;
  // The lower bound of a range: the first version number after >=, ^, ~, = or at the start.
  const match =
    /(?:^|>=|\^|~=?|==|=|\s)\s*v?(\d+(?:\.\d+){0,2})/.exec(text) ?? /(\d+(?:\.\d+){0,2})/.exec(text);
  if (!match) return undefined;
  const numbers = (match[1] as string).split('.');
  if (/^\s*</.test(text)) return undefined;
  return numbers.slice(0, Math.max(parts, text.includes('.x') ? 1 : parts)).join('.');
}

/**
 * The version a `.tool-versions` file (asdf, mise) gives one of `tools`: `nodejs 20.11.1`. Not to be confused
 * with core/version.ts toolVersion(), shipshape's own version: one name, one meaning.
 */
export function toolVersionsEntry(text: string | undefined, tools: string[]): string | undefined {
  if (!text) return undefined;
  for (const line of text.split('\n')) {
    const [tool, version] = line.trim().split(/\s+/);
    if (tool && version && tools.includes(tool)) return version;
  }
  return undefined;
}
