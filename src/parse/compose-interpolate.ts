/**
 * Compose interpolation: every string value (and mapping key) in a file gets `$VAR`, `${VAR}` and the
 * `${VAR:-default}` family expanded from the environment, `$$` stands for a literal `$`, as
 * `docker compose config` does. Failures are collected with the path where they happened.
 */

import { readReference, resolveReference } from './substitution.js';
import { Override, type YamlPath } from './yaml-source.js';

export interface InterpolationIssue {
  path: YamlPath;
  message: string;
  /** `error` for a failed `${VAR:?}`; `warning` for an unset variable that became an empty string. */
  level: 'error' | 'warning';
}

export function interpolate(
  value: unknown,
  env: (name: string) => string | undefined,
  issues: InterpolationIssue[],
  path: Array<string | number> = [],
): unknown {
  if (typeof value === 'string') return interpolateString(value, env, issues, path);
  if (Array.isArray(value)) return value.map((item, i) => interpolate(item, env, issues, [...path, i]));
  if (value instanceof Override) return new Override(interpolate(value.value, env, issues, path));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      // `x-` extension keys are free-form and may hold templates for other tools.
      out[key] =
        key.startsWith('x-') && path.length === 0 ? item : interpolate(item, env, issues, [...path, key]);
    }
    return out;
  }
  return value;
}

export function interpolateString(
  text: string,
  env: (name: string) => string | undefined,
  issues: InterpolationIssue[],
  path: YamlPath,
): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch !== '$') {
      out += ch;
      continue;
    }
    if (text[i + 1] === '$') {
      out += '$';
      i++;
      continue;
    }
    const reference = readReference(text, i);
    if (!reference) {
      if (text[i + 1] === '{')
        issues.push({ path, message: `invalid interpolation format for "${text}"`, level: 'error' });
      out += ch;
      continue;
    }
    const resolution = resolveReference(reference, env(reference.name), (word) =>
      interpolateString(word, env, issues, path),
    );
    if (resolution.undefinedName) {
      issues.push({
        path,
        message: `the "${resolution.undefinedName}" variable is not set, defaulting to a blank string`,
        level: 'warning',
      });
    }
    if (resolution.error) issues.push({ path, message: resolution.error, level: 'error' });
    out += resolution.value;
    i += reference.length - 1;
  }
  return out;
}
