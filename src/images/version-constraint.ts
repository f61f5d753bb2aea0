/**
 * Version constraints as the ecosystems write them, reduced to one test: does a version satisfy it?
 * Hand-written on purpose: npm's `semver` reads neither PEP 440 (`~=3.11`, `>=3.9,<3.13`, `==3.11.*`) nor
 * RubyGems (`~> 3.4`), and image tags carry partial versions (`3.12`) that none of them accept as input.
 *
 * Grammar: alternatives separated by `||`; each a list of comparators separated by spaces or commas.
 * A bare or `=` version is a prefix (`1.15` is any 1.15.x, `16.18.0` exactly that release).
 */

import { compareVersions, isVersionPrefix } from './tag.js';

type Comparator =
  | { kind: 'range'; from: number[] | undefined; fromInclusive: boolean; to: number[] | undefined }
  | { kind: 'prefix'; prefix: number[] }
  | { kind: 'not'; prefix: number[] };

export interface VersionConstraint {
  text: string;
  alternatives: Comparator[][];
}

const parts = (text: string) => text.split('.').map(Number);

/** The next line up from a partial version: `3.11` -> `3.12`; for caret semantics, the first non-zero part. */
function bump(version: number[], position: number): number[] {
  const head = version.slice(0, position + 1);
  head[position] = (head[position] ?? 0) + 1;
  return head;
}

function comparator(operator: string, versionText: string): Comparator | undefined {
  const wildcard = /(\.(\*|x|X))+$/.test(versionText);
  const cleaned = versionText.replace(/(\.(\*|x|X))+$/, '');
  if (!/^\d+(\.\d+)*$/.test(cleaned)) return undefined;
  const version = parts(cleaned);
  switch (operator) {
    case '':
    case '=':
    case '==':
    case '===':
      return { kind: 'prefix', prefix: version };
    case '!=':
      return { kind: 'not', prefix: version };
    case '>=':
      return { kind: 'range', from: version, fromInclusive: true, to: undefined };
    case '>':
      // `>1.2` in npm means above the whole 1.2 line when the version is partial.
      return wildcard || version.length < 3
        ? { kind: 'range', from: bump(version, version.length - 1), fromInclusive: true, to: undefined }
        : { kind: 'range', from: version, fromInclusive: false, to: undefined };
    case '<':
      return { kind: 'range', from: undefined, fromInclusive: true, to: version };
    case '<=':
      return { kind: 'range', from: undefined, fromInclusive: true, to: bump(version, version.length - 1) };
    case '^': {
      const firstNonZero = version.findIndex((part) => part !== 0);
      const position = firstNonZero === -1 ? version.length - 1 : firstNonZero;
      return { kind: 'range', from: version, fromInclusive: true, to: bump(version, position) };
    }
    case '~':
      return {
        kind: 'range',
        from: version,
        fromInclusive: true,
        to: bump(version, version.length > 1 ? 1 : 0),
      };
    case '~=':
    case '~>':
      // PEP 440 and RubyGems: the last given part may rise, the ones before stay (`~=3.11` is >=3.11,<4).
      return {
        kind: 'range',
        from: version,
        fromInclusive: true,
        to: bump(version, Math.max(0, version.length - 2)),
      };
    default:
      return undefined;
  }
}

/** Undefined when the text is no constraint this reads (`lts/*`, `latest`, `stable`). */
export function parseConstraint(text: string): VersionConstraint | undefined {
  const alternatives: Comparator[][] = [];
  for (const alternative of text.split('||')) {
    const tokens = alternative
      .replace(/(~=|~>|===|==|!=|>=|<=|[<>=^~])\s+/g, '$1')
      .split(/[\s,]+/)
      .filter(Boolean);
    // npm's hyphen range: `1.2 - 1.4`.
    const hyphen = tokens.length === 3 && tokens[1] === '-';
    const comparators: Comparator[] = [];
    if (hyphen) {
      const from = comparator('>=', (tokens[0] as string).replace(/^v/, ''));
      const to = comparator('<=', (tokens[2] as string).replace(/^v/, ''));
      if (!from || !to) return undefined;
      comparators.push(from, to);
    } else {
      for (const token of tokens) {
        if (token === '*' || token === 'x') continue;
        const match = /^(~=|~>|===|==|!=|>=|<=|[<>=^~]?)v?(.+)$/.exec(token);
        const parsed = match ? comparator(match[1] as string, match[2] as string) : undefined;
        if (!parsed) return undefined;
        comparators.push(parsed);
      }
    }
    alternatives.push(comparators);
  }
  return alternatives.length ? { text, alternatives } : undefined;
}

function satisfiesComparator(version: number[], rule: Comparator): boolean {
  if (rule.kind === 'prefix') return isVersionPrefix(rule.prefix, version);
  if (rule.kind === 'not') return !isVersionPrefix(rule.prefix, version);
  if (rule.from) {
    const order = compareVersions(version, rule.from);
    if (order < 0 || (order === 0 && !rule.fromInclusive)) return false;
  }
  return !rule.to || compareVersions(version, rule.to) < 0;
}

export function satisfies(version: number[], constraint: VersionConstraint): boolean {
  return constraint.alternatives.some((alternative) =>
    alternative.every((rule) => satisfiesComparator(version, rule)),
  );
}
