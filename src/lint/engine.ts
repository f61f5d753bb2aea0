/**
 * Runs the rules over one file: parse once, every enabled rule reads the same model, findings pass
 * through inline pragmas and the configuration, and `fix` re-lints until no fix applies (a fixpoint).
 */

import { isPair, isScalar, visit } from 'yaml';
import type { Finding, Severity } from '../core/finding.js';
import type { Range } from '../core/source.js';
import { stripMergeTags } from '../parse/compose.js';
import { interpolate } from '../parse/compose-interpolate.js';
import { type DockerfileModel, parseDockerfile } from '../parse/dockerfile.js';
import { type Dockerignore, parseDockerignore } from '../parse/dockerignore.js';
import { parseYaml, type YamlSource } from '../parse/yaml-source.js';
import { RULES } from '../rules/index.js';
import type {
  ComposeRule,
  DockerfileRule,
  DockerignoreRule,
  LintSettings,
  Report,
  Rule,
} from '../rules/rule.js';
import { isStackFile } from './discover.js';
import { applyFixes } from './fixes.js';
import { DEFAULT_CONFIG, globMatches, type LintConfig } from './settings.js';

export interface LintOptions {
  config?: LintConfig;
  /** The file's path relative to the config's directory, for `ignores.paths`. */
  configRelativePath?: string;
  /** The build context's `.dockerignore`, for rules about what reaches the image. */
  dockerignore?: Dockerignore;
  /** Whether the build context is known (a Dockerfile on disk) even if it has no `.dockerignore`. */
  contextKnown?: boolean;
  rules?: Rule[];
  /** For Compose files: the absolute path and read access, so `include` and `extends` can be followed. */
  absolutePath?: string;
  readFile?: (path: string) => string | undefined;
}

export interface FileLint {
  findings: Finding[];
  /** Parse problems: the file cannot be linted as what it claims to be. */
  problems: Array<{ message: string; position: Range['start'] }>;
}

type Emit = (rule: Rule, report: Report) => void;

export function lintDockerfileText(text: string, file: string, options: LintOptions = {}): FileLint {
  const model = parseDockerfile(text, file);
  const findings: Finding[] = [];
  const emit = collector(file, options, findings, (range, rule) => ignoredInDockerfile(model, range, rule));
  for (const rule of activeRules(options, 'dockerfile') as DockerfileRule[]) {
    rule.check({
      model,
      dockerignore: options.dockerignore,
      contextKnown: options.contextKnown ?? false,
      settings: settingsOf(options),
      report: (report) => emit(rule, report),
    });
  }
  return { findings: sortFindings(findings), problems: model.problems };
}

export function lintComposeText(
  text: string,
  file: string,
  options: LintOptions = {},
  env: Record<string, string | undefined> = {},
): FileLint {
  const source = parseYaml(text, file);
  if (source.problems.length) return { findings: [], problems: source.problems };
  const value = stripMergeTags(interpolate(source.value ?? {}, (name) => env[name], [])) as Record<
    string,
    unknown
  >;
  const findings: Finding[] = [];
  const ignored = composePragmas(source);
  const emit = collector(file, options, findings, (range, rule) =>
    ignored.some((entry) => matchesRule(rule, entry.ids) && contains(entry.range, range)),
  );
  const name = file.split('/').pop() ?? '';
  const production = /(^|[./-])(prod|production|stack|swarm)([.-]|$)/i.test(name);
  const stack = isStackFile(name);
  for (const rule of activeRules(options, 'compose') as ComposeRule[]) {
    rule.check({
      source,
      path: options.absolutePath ?? file,
      readFile: options.readFile,
      env,
      value: typeof value === 'object' && value ? value : {},
      production,
      stack,
      settings: settingsOf(options),
      report: (report) => emit(rule, report),
    });
  }
  return { findings: sortFindings(findings), problems: [] };
}

export function lintDockerignoreText(text: string, file: string, options: LintOptions = {}): FileLint {
  const ignore = parseDockerignore(text, file);
  const findings: Finding[] = [];
  const emit = collector(file, options, findings, () => false);
  for (const rule of activeRules(options, 'dockerignore') as DockerignoreRule[]) {
    rule.check({ ignore, settings: settingsOf(options), report: (report) => emit(rule, report) });
  }
  return { findings: sortFindings(findings), problems: ignore.problems };
}

/** Lints and fixes until no fix applies (at most 10 passes); returns the final text and remaining findings. */
export function fixToFixpoint(
  text: string,
  lint: (text: string) => FileLint,
  { suggestions = false }: { suggestions?: boolean } = {},
): { text: string; lint: FileLint; passes: number } {
  let current = text;
  let result = lint(current);
  let passes = 0;
  while (passes < 10 && result.problems.length === 0) {
    const edits = suggestions
      ? result.findings.map((finding) => ({ ...finding, fix: finding.fix ?? finding.suggestion }))
      : result.findings;
    const { text: next, applied } = applyFixes(current, edits);
    if (applied === 0 || next === current) break;
    current = next;
    result = lint(current);
    passes++;
  }
  return { text: current, lint: result, passes };
}

function activeRules(options: LintOptions, kind: Rule['kind']): Rule[] {
  const config = options.config ?? DEFAULT_CONFIG;
  return (options.rules ?? RULES).filter(
    (rule) =>
      rule.kind === kind &&
      levelOf(rule, config) !== 'off' &&
      !ignoredByPath(rule, config, options.configRelativePath),
  );
}

function settingsOf(options: LintOptions): LintSettings {
  const config = options.config ?? DEFAULT_CONFIG;
  return {
    trustedRegistries: config.trustedRegistries,
    labelSchema: config.labelSchema,
    strictLabels: config.strictLabels,
    today: config.today,
  };
}

export function levelOf(rule: Rule, config: LintConfig): Severity | 'off' {
  for (const name of [rule.id, ...rule.aliases]) {
    const level = config.rules[name];
    if (level) return level;
  }
  return rule.optIn ? 'off' : rule.severity;
}

function ignoredByPath(rule: Rule, config: LintConfig, path: string | undefined): boolean {
  if (!path) return false;
  return config.ignores.some(
    (entry) =>
      entry.paths.some((pattern) => globMatches(pattern, path)) &&
      (entry.rules.length === 0 || matchesRule(rule, entry.rules)),
  );
}

function matchesRule(rule: Rule, ids: string[]): boolean {
  return ids.some((id) => id === rule.id || rule.aliases.includes(id) || id === 'all');
}

function collector(
  file: string,
  options: LintOptions,
  findings: Finding[],
  ignored: (range: Range, rule: Rule) => boolean,
): Emit {
  const config = options.config ?? DEFAULT_CONFIG;
  return (rule, report) => {
    if (ignored(report.range, rule)) return;
    const level = levelOf(rule, config);
    if (level === 'off') return;
    const finding: Finding = {
      file,
      range: report.range,
      ruleId: rule.id,
      aliases: rule.aliases,
      severity: level,
      message: '',
      // A rule whose meta says it has no fix gets none applied: `fixable` is the promise --fix relies on.
      fix: rule.fixable ? report.fix : undefined,
    };
    if (report.suggestion) finding.suggestion = report.suggestion;
    if (report.messageId === undefined) finding.message = report.message;
    else {
      const data = Object.fromEntries(
        Object.entries(report.data ?? {}).map(([key, value]) => [key, String(value)]),
      );
      finding.message = formatMessage(rule, report.messageId, data);
      finding.messageId = report.messageId;
      finding.data = data;
    }
    findings.push(finding);
  };
}

/** Fills a rule's message template; an id the rule does not declare is a bug in the rule, not in the input. */
export function formatMessage(rule: Rule, messageId: string, data: Record<string, string>): string {
  const template = rule.messages?.[messageId];
  if (template === undefined) throw new Error(`rule ${rule.id} has no message "${messageId}"`);
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => data[key] ?? whole);
}

function ignoredInDockerfile(model: DockerfileModel, range: Range, rule: Rule): boolean {
  if (matchesRule(rule, model.fileIgnores)) return true;
  const instruction = model.instructions.find(
    (i) => i.range.startOffset <= range.startOffset && range.startOffset <= i.range.endOffset,
  );
  if (!instruction) return false;
  const stage = model.stages[instruction.stage];
  return (
    matchesRule(rule, instruction.ignores) || (stage ? matchesRule(rule, stage.from.stageIgnores) : false)
  );
}

/** `# shipshape-ignore <ids>` above a key silences those rules inside that key's whole block. */
function composePragmas(source: YamlSource): Array<{ ids: string[]; range: Range }> {
  const out: Array<{ ids: string[]; range: Range }> = [];
  const index = source.index;
  const pragmaLines = new Map<number, string[]>();
  for (let line = 1; line <= index.lineCount; line++) {
    const match = /^\s*#\s*shipshape-ignore(-file)?\s+(.+)$/.exec(index.lineText(line));
    if (!match) continue;
    const ids = (match[2] as string).split(/[\s,]+/).filter(Boolean);
    if (match[1]) out.push({ ids, range: index.range(0, source.text.length) });
    else pragmaLines.set(line, ids);
  }
  if (!pragmaLines.size) return out;
  visit(source.document, {
    Pair(_key, pair) {
      if (!isPair(pair) || !isScalar(pair.key) || !pair.key.range) return;
      const keyLine = index.position(pair.key.range[0]).line;
      let line = keyLine - 1;
      while (line > 0 && /^\s*#/.test(index.lineText(line)) && !pragmaLines.has(line)) line--;
      const ids = pragmaLines.get(line);
      if (!ids) return;
      const end =
        (pair.value as { range?: [number, number, number] } | null)?.range?.[1] ?? pair.key.range[1];
      out.push({ ids, range: index.range(pair.key.range[0], end) });
    },
  });
  return out;
}

function contains(outer: Range, inner: Range): boolean {
  return outer.startOffset <= inner.startOffset && inner.startOffset <= outer.endOffset;
}

function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) => a.range.startOffset - b.range.startOffset || a.ruleId.localeCompare(b.ruleId),
  );
}
