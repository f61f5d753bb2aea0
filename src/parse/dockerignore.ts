/**
 * `.dockerignore` with Docker's own semantics, which are not .gitignore's: a pattern is a path from the
 * context root (a leading `/` changes nothing, `foo` does not match `sub/foo`), `**` spans directories,
 * the last matching line wins, `!` re-includes, and a path is excluded when it or any parent directory
 * matches. Lines are comments only when `#` is their very first character.
 */

import { LineIndex, type Range } from '../core/source.js';

export interface IgnorePattern {
  /** The pattern after cleaning, without `!`. */
  pattern: string;
  exclusion: boolean;
  /** The line as written. */
  source: string;
  range: Range;
  matches(path: string): boolean;
}

export interface Dockerignore {
  path: string;
  patterns: IgnorePattern[];
  problems: Array<{ message: string; position: Range['start'] }>;
}

export function parseDockerignore(text: string, path = '.dockerignore'): Dockerignore {
  const index = new LineIndex(text);
  const patterns: IgnorePattern[] = [];
  const problems: Dockerignore['problems'] = [];
  for (let line = 1; line <= index.lineCount; line++) {
    const raw = index.lineText(line);
    if (raw.startsWith('#')) continue;
    let pattern = raw.trim();
    if (!pattern) continue;
    const start = index.lineStart(line);
    const range = index.range(start, start + raw.length);
    let exclusion = false;
    if (pattern.startsWith('!')) {
      exclusion = true;
      pattern = pattern.slice(1).trim();
      if (!pattern) {
        problems.push({ message: 'illegal exclusion pattern: "!"', position: range.start });
        continue;
      }
    }
    pattern = cleanPath(pattern);
    if (pattern.length > 1 && pattern.startsWith('/')) pattern = pattern.slice(1);
    const matcher = compilePattern(pattern);
    if (!matcher) {
      problems.push({ message: `syntax error in pattern: ${raw.trim()}`, position: range.start });
      continue;
    }
    patterns.push({ pattern, exclusion, source: raw, range, matches: matcher });
  }
  return { path, patterns, problems };
}

/** Go's `filepath.Clean` for slash paths: collapse `//`, drop `.`, resolve `..`, no trailing slash. */
export function cleanPath(path: string): string {
  const rooted = path.startsWith('/');
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
      continue;
    }
    out.push(part);
  }
  const joined = out.join('/');
  if (rooted) return `/${joined}`;
  return joined || '.';
}

const REGEX_SPECIAL = new Set(['.', '+', '(', ')', '|', '{', '}', '$']);

/** Compiles one pattern as Docker's pattern matcher does: exact, prefix (`a/**`), suffix (`**\/a`) or regex. */
function compilePattern(pattern: string): ((path: string) => boolean) | undefined {
  type Kind = 'exact' | 'prefix' | 'suffix' | 'regexp';
  let kind: Kind = 'exact';
  let regex = '^';
  const chars = [...pattern];
  for (let i = 0, step = 0; i < chars.length; i++, step++) {
    const ch = chars[i] as string;
    if (ch === '*') {
      if (chars[i + 1] === '*') {
        i++;
        if (chars[i + 1] === '/') i++;
        if (i + 1 >= chars.length) {
          if (kind === 'exact') kind = 'prefix';
          else {
            regex += '.*';
            kind = 'regexp';
          }
        } else {
          regex += '(.*/)?';
          kind = 'regexp';
        }
        if (step === 0) kind = 'suffix';
      } else {
        regex += '[^/]*';
        kind = 'regexp';
      }
    } else if (ch === '?') {
      regex += '[^/]';
      kind = 'regexp';
    } else if (REGEX_SPECIAL.has(ch)) {
      regex += `\\${ch}`;
    } else if (ch === '\\') {
      const next = chars[i + 1];
      if (next !== undefined) {
        regex += `\\${next}`;
        i++;
        kind = 'regexp';
      } else {
        regex += '\\\\';
      }
    } else if (ch === '[' || ch === ']') {
      regex += ch;
      kind = 'regexp';
    } else {
      regex += ch;
    }
  }
  switch (kind) {
    case 'exact':
      return (path) => path === pattern;
    case 'prefix': {
      const prefix = pattern.slice(0, -2);
      return (path) => path.startsWith(prefix);
    }
    case 'suffix': {
      const suffix = pattern.slice(2);
      return (path) => path.endsWith(suffix) || (suffix.startsWith('/') && path === suffix.slice(1));
    }
    default:
      try {
        const compiled = new RegExp(`${regex}$`);
        return (path) => compiled.test(path);
      } catch {
        return undefined;
      }
  }
}

/** The pattern that decides a path's fate, for messages like "`.env` is sent: `!.env` on line 4 re-includes it". */
export function decidingPattern(ignore: Dockerignore, path: string): IgnorePattern | undefined {
  const file = cleanPath(path);
  const parentDirs = file.split('/').slice(0, -1);
  let decided: IgnorePattern | undefined;
  let excluded = false;
  for (const pattern of ignore.patterns) {
    // An inclusion cannot change an excluded path, nor an exclusion an included one.
    if (pattern.exclusion !== excluded) continue;
    let match = pattern.matches(file);
    for (let i = 1; !match && i <= parentDirs.length; i++)
      match = pattern.matches(parentDirs.slice(0, i).join('/'));
    if (match) {
      excluded = !pattern.exclusion;
      decided = pattern;
    }
  }
  return decided;
}

/**
 * True when Docker leaves `path` (relative to the context root, slash-separated) out of the build
 * context: the last pattern that matches the path or one of its parent directories decides.
 */
export function isExcluded(ignore: Dockerignore, path: string): boolean {
  if (cleanPath(path) === '.') return false;
  const decided = decidingPattern(ignore, path);
  return decided !== undefined && !decided.exclusion;
}
