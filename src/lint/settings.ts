/**
 * Lint configuration: `.shipshape.yaml`, or a `.hadolint.yaml` read with hadolint's meaning so people who
 * switch keep their settings. Rule names may be shipshape ids or any alias (DL3008, JSONArgsRecommended).
 */

import { InputError } from '../core/errors.js';
import type { Severity } from '../core/finding.js';
import { parseYaml } from '../parse/yaml-source.js';
import { isPresetName, PRESET_NAMES, type PresetName, presetLevels } from './presets.js';

export type RuleLevel = Severity | 'off';

export interface PathIgnore {
  /** Glob patterns (`**`, `*`) relative to the config file. */
  paths: string[];
  /** Rule ids or aliases; empty means every rule. */
  rules: string[];
}

export interface LintConfig {
  /** Per rule (id or alias): a new severity, or off. */
  rules: Record<string, RuleLevel>;
  ignores: PathIgnore[];
  trustedRegistries: string[];
  /** Findings below this severity do not fail the run; `none` never fails. */
  failureThreshold: Severity | 'none';
  /** hadolint's label-schema and strict-labels. */
  labelSchema?: Record<string, string>;
  strictLabels?: boolean;
  /** Pins the date end-of-life checks use (ISO date); for reproducible CI runs and tests. */
  today?: string;
  /** The preset `rules:` started from (`preset:` in .shipshape.yaml). */
  preset?: PresetName;
  /** Run ShellCheck on every RUN script (`shellcheck: true`); its findings are SC ids. */
  shellcheck?: boolean;
}

export const DEFAULT_CONFIG: LintConfig = {
  rules: {},
  ignores: [],
  trustedRegistries: [],
  failureThreshold: 'style',
};

const LEVELS = new Set(['error', 'warning', 'info', 'style', 'off']);

export function parseShipshapeConfig(text: string, path: string): LintConfig {
  const value = readMapping(text, path);
  const config: LintConfig = { ...DEFAULT_CONFIG, rules: {}, ignores: [], trustedRegistries: [] };
  const preset = value.preset;
  if (preset !== undefined) {
    if (!isPresetName(preset))
      throw new InputError(
        `preset: expected one of ${PRESET_NAMES.join(', ')}, not ${JSON.stringify(preset)}`,
        path,
      );
    config.preset = preset;
    Object.assign(config.rules, presetLevels(preset));
  }
  const rules = value.rules ?? {};
  if (!isRecord(rules))
    throw new InputError('`rules` must map rule ids to error, warning, info, style or off', path);
  for (const [id, level] of Object.entries(rules)) {
    if (typeof level !== 'string' || !LEVELS.has(level))
      throw new InputError(`rules.${id}: expected error, warning, info, style or off`, path);
    config.rules[id] = level as RuleLevel;
  }
  for (const entry of asArray(value.ignores)) {
    if (!isRecord(entry))
      throw new InputError('each of `ignores` needs `paths` and optionally `rules`', path);
    config.ignores.push({ paths: asArray(entry.paths).map(String), rules: asArray(entry.rules).map(String) });
  }
  config.trustedRegistries = asArray(value.trustedRegistries).map(String);
  config.failureThreshold = threshold(value.failureThreshold, path) ?? config.failureThreshold;
  readLabelSchema(config, value.labelSchema, value.strictLabels, path);
  if (value.today !== undefined) config.today = String(value.today);
  if (value.shellcheck !== undefined) config.shellcheck = value.shellcheck === true;
  return config;
}

/** hadolint's keys: `ignored`, `override.{error,warning,info,style}`, `trustedRegistries`, `failure-threshold`. */
export function parseHadolintConfig(text: string, path: string): LintConfig {
  const value = readMapping(text, path);
  const config: LintConfig = { ...DEFAULT_CONFIG, rules: {}, ignores: [], trustedRegistries: [] };
  for (const id of asArray(value.ignored)) config.rules[String(id)] = 'off';
  const override = isRecord(value.override) ? value.override : {};
  for (const level of ['error', 'warning', 'info', 'style'] as const) {
    for (const id of asArray(override[level])) config.rules[String(id)] = level;
  }
  config.trustedRegistries = asArray(value.trustedRegistries).map(String);
  const failure = threshold(value['failure-threshold'], path);
  if (failure) config.failureThreshold = failure;
  readLabelSchema(config, value['label-schema'], value['strict-labels'], path);
  return config;
}

const LABEL_TYPES = new Set(['text', 'url', 'semver', 'hash', 'rfc3339', 'spdx', 'email']);

function readLabelSchema(config: LintConfig, schema: unknown, strict: unknown, path: string): void {
  if (schema !== undefined) {
    if (!isRecord(schema)) throw new InputError('the label schema must map label names to types', path);
    for (const [name, type] of Object.entries(schema)) {
      if (!LABEL_TYPES.has(String(type)))
        throw new InputError(
          `label ${name}: unknown type ${String(type)} (expected ${[...LABEL_TYPES].join(', ')})`,
          path,
        );
    }
    config.labelSchema = Object.fromEntries(
      Object.entries(schema).map(([name, type]) => [name, String(type)]),
    );
  }
  if (strict !== undefined) config.strictLabels = strict === true;
}

function threshold(value: unknown, path: string): LintConfig['failureThreshold'] | undefined {
  if (value === undefined) return undefined;
  if (value === 'none' || value === 'ignore') return 'none';
  if (typeof value === 'string' && LEVELS.has(value) && value !== 'off') return value as Severity;
  throw new InputError(
    `failure threshold must be error, warning, info, style or none, not ${JSON.stringify(value)}`,
    path,
  );
}

function readMapping(text: string, path: string): Record<string, unknown> {
  const source = parseYaml(text, path);
  const problem = source.problems[0];
  if (problem) throw new InputError(problem.message, path, problem.position);
  if (source.value === undefined || source.value === null) return {};
  if (!isRecord(source.value)) throw new InputError('a configuration file must be a mapping', path);
  return source.value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** `**` spans directories, `*` does not; a pattern without a slash matches the file name anywhere. */
export function globMatches(pattern: string, path: string): boolean {
  const source = pattern.includes('/') ? pattern : `**/${pattern}`;
  let regex = '';
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] as string;
    if (ch === '*' && source[i + 1] === '*') {
      regex += source[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += source[i + 2] === '/' ? 2 : 1;
    } else if (ch === '*') regex += '[^/]*';
    else if (ch === '?') regex += '[^/]';
    else regex += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${regex}(?:/.*)?$`).test(path);
}
