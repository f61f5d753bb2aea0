/**
 * Linting a snippet with one rule, as its documentation examples and its tests do: the file name the
 * rule's kind implies, and the settings and `.dockerignore` its examples assume.
 */

import { parseDockerignore } from '../parse/dockerignore.js';
import type { Rule } from '../rules/rule.js';
import {
  type FileLint,
  type LintOptions,
  lintComposeText,
  lintDockerfileText,
  lintDockerignoreText,
} from './engine.js';
import { DEFAULT_CONFIG } from './settings.js';

export function exampleFile(rule: Rule): string {
  if (rule.kind === 'compose')
    return rule.docs.stackFile
      ? 'docker-stack.yml'
      : rule.docs.productionFile
        ? 'compose.prod.yaml'
        : 'compose.yaml';
  return rule.kind === 'dockerignore' ? '.dockerignore' : 'Dockerfile';
}

/** The options the rule's documented examples are written for. */
export function exampleOptions(rule: Rule): LintOptions {
  return {
    config: { ...DEFAULT_CONFIG, ...rule.docs.settings },
    dockerignore:
      rule.docs.dockerignore === undefined ? undefined : parseDockerignore(rule.docs.dockerignore),
  };
}

/**
 * Lints text with this rule alone. A Dockerfile counts as on disk (its build context known), with no
 * .dockerignore unless the options give one; a Compose file takes its name from `configRelativePath`.
 */
export function lintWithRule(rule: Rule, text: string, options: LintOptions = {}): FileLint {
  const base = options.config ?? DEFAULT_CONFIG;
  // An opt-in rule under test runs at its own severity unless the options give it another level.
  const config = rule.optIn ? { ...base, rules: { [rule.id]: rule.severity, ...base.rules } } : base;
  const withRule = { ...options, config, rules: [rule] };
  const file = exampleFile(rule);
  if (rule.kind === 'compose') return lintComposeText(text, options.configRelativePath ?? file, withRule);
  if (rule.kind === 'dockerignore') return lintDockerignoreText(text, file, withRule);
  return lintDockerfileText(text, file, { contextKnown: true, ...withRule });
}
