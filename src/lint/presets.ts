/**
 * Presets: a named starting point for `rules:` in `.shipshape.yaml` (`preset: recommended`). Each preset is
 * a table of levels computed from the rules' metadata, so a new rule lands in every preset by its kind and
 * aliases instead of by hand; explicit `rules:` entries always win over the preset.
 */

import { RULES } from '../rules/index.js';
import type { Rule } from '../rules/rule.js';
import type { RuleLevel } from './settings.js';

export const PRESET_NAMES = ['recommended', 'strict', 'hadolint'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

/**
 * Version pins of distribution packages: apt, apk, yum, dnf, zypper. Distributions drop old versions from
 * their mirrors, so a pinned `curl=8.9.1-r2` breaks the build weeks later; the base image tag is the pin
 * that matters. 58% of findings on real projects, noise to most users.
 */
const OS_PACKAGE_PINS = new Set([
  'apt-pin-versions',
  'apk-pin-versions',
  'yum-pin-versions',
  'dnf-pin-versions',
  'zypper-pin-versions',
]);

/** Version pins of language packages installed by name (a lock file is the better answer): kept, as info. */
const TOOL_PINS = new Set(['pip-pin-versions', 'npm-pin-versions', 'gem-pin-versions', 'go-install-pin']);

const isHadolintRule = (rule: Rule) => rule.aliases.some((alias) => /^DL\d{4}$/.test(alias));

/** The level each rule gets from a preset; rules a preset leaves out keep their own severity. */
export function presetLevels(name: PresetName, rules: Rule[] = RULES): Record<string, RuleLevel> {
  const levels: Record<string, RuleLevel> = {};
  for (const rule of rules) {
    if (name === 'recommended') {
      if (OS_PACKAGE_PINS.has(rule.id)) levels[rule.id] = 'off';
      else if (TOOL_PINS.has(rule.id)) levels[rule.id] = 'info';
    } else if (name === 'strict') {
      if (rule.optIn) levels[rule.id] = rule.severity;
    } else if (!isHadolintRule(rule)) {
      levels[rule.id] = 'off';
    }
  }
  return levels;
}

export function isPresetName(value: unknown): value is PresetName {
  return typeof value === 'string' && (PRESET_NAMES as readonly string[]).includes(value);
}
