/**
 * A line of a file as it may be shown on a terminal or in a CI log: secret values are hidden, their keys
 * kept, so a reader sees where the secret is without the log now holding it. A value is secret when its
 * name says so (the rule lint and verify share) or when it is a token in a known format, whatever its name.
 * Each hidden character becomes `*`, so columns under the line still point at the same place.
 */

import { looksLikeSecretName, tokensIn } from './secret-names.js';

/** `NAME=value`, `NAME: value`, and ENV's old `ENV NAME value`, with optional quotes around the value. */
const ASSIGNMENTS = [
  /(?<name>[A-Za-z_][A-Za-z0-9_.-]*)(?<sep>\s*[=:]\s*)(?<quote>["']?)(?<value>[^\s"'#,}\]]+)/g,
  /^(?<lead>\s*ENV\s+)(?<name>[A-Za-z_][A-Za-z0-9_.-]*)(?<sep>\s+)(?<quote>["']?)(?<value>[^\s"']+)/gi,
];

export function maskSecrets(line: string): string {
  const hidden: Array<[number, number]> = [];
  for (const token of tokensIn(line)) hidden.push([token.start, token.end]);
  for (const pattern of ASSIGNMENTS) {
    for (const match of line.matchAll(pattern)) {
      const groups = match.groups as Record<string, string | undefined>;
      const name = groups.name ?? '';
      const value = groups.value ?? '';
      if (!looksLikeSecretName(name) || /^\$\{?\w+\}?$/.test(value)) continue;
      const start =
        match.index +
        (groups.lead ?? '').length +
        name.length +
        (groups.sep ?? '').length +
        (groups.quote ?? '').length;
      hidden.push([start, start + value.length]);
    }
  }
  if (!hidden.length) return line;
  const chars = line.split('');
  for (const [start, end] of hidden) for (let i = start; i < end; i++) chars[i] = '*';
  return chars.join('');
}
