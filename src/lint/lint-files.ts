/**
 * Lints every target: rules through the engine, plus what the parsers report. A finding means the file
 * is readable but wrong; an input error means it cannot be read as what it claims to be (exit 2).
 * With `fix`, fixes are applied to a fixpoint and written atomically (or shown as a diff).
 */

import { dirname, join, relative } from 'node:path';
import { InputError } from '../core/errors.js';
import type { Finding } from '../core/finding.js';
import type { FileSystem } from '../io/file-system.js';
import { parseDockerfile } from '../parse/dockerfile.js';
import { parseDockerignore } from '../parse/dockerignore.js';
import { unifiedDiff } from './diff.js';
import type { LintTarget } from './discover.js';
import {
  type FileLint,
  fixToFixpoint,
  type LintOptions,
  lintComposeText,
  lintDockerfileText,
  lintDockerignoreText,
} from './engine.js';
import type { LintConfig } from './settings.js';
import { shellcheckFindings } from './shellcheck.js';

export interface LintRunOptions {
  fs: FileSystem;
  env: Record<string, string | undefined>;
  config: LintConfig;
  /** Where the config file was found; paths in `ignores` are relative to it. */
  configDirectory: string;
  fix: 'none' | 'write' | 'dry-run';
  /** Apply the findings' suggestions as well as their fixes (`--fix-suggestions`). */
  suggestions?: boolean;
  /** Run ShellCheck on RUN scripts (`shellcheck: true`, SHIPSHAPE_SHELLCHECK=1). */
  shellcheck?: boolean;
}

export interface LintResult {
  findings: Finding[];
  inputErrors: InputError[];
  filesLinted: number;
  /** Unified diffs of what `--fix` changed (or would change, with `--fix-dry-run`). */
  diffs: string[];
  fixedFiles: number;
  /** Each file's text as the findings see it: fixed, when fixing. */
  texts: Map<string, string>;
  /** ShellCheck was asked for but is not installed. */
  shellcheckMissing?: boolean;
}

export function emptyLintResult(): LintResult {
  return { findings: [], inputErrors: [], filesLinted: 0, diffs: [], fixedFiles: 0, texts: new Map() };
}

export function lintTargets(targets: LintTarget[], options: LintRunOptions): LintResult {
  const result = emptyLintResult();
  for (const target of targets) {
    const text = options.fs.readFile(target.absolute);
    if (text === undefined) {
      result.inputErrors.push(new InputError('cannot read file', target.display));
      continue;
    }
    result.filesLinted++;
    const engineOptions: LintOptions = {
      config: options.config,
      configRelativePath: relative(options.configDirectory, target.absolute),
    };
    const lint = lintFor(target, engineOptions, options);
    let final = text;
    let outcome: FileLint;
    if (options.fix === 'none') {
      outcome = lint(text);
    } else {
      const fixed = fixToFixpoint(text, lint, { suggestions: options.suggestions ?? false });
      final = fixed.text;
      outcome = fixed.lint;
      if (final !== text) {
        result.fixedFiles++;
        result.diffs.push(unifiedDiff(target.display, text, final));
        if (options.fix === 'write') options.fs.writeFile(target.absolute, final);
      }
    }
    result.texts.set(target.display, final);
    for (const problem of outcome.problems)
      result.inputErrors.push(new InputError(problem.message, target.display, problem.position));
    result.findings.push(...outcome.findings);
    if (options.shellcheck && target.kind === 'dockerfile') {
      const found = shellcheckFindings(
        parseDockerfile(final, target.display),
        target.display,
        options.config,
      );
      if (found) result.findings.push(...found);
      else result.shellcheckMissing = true;
    }
  }
  return result;
}

function lintFor(
  target: LintTarget,
  engineOptions: LintOptions,
  options: LintRunOptions,
): (text: string) => FileLint {
  if (target.kind === 'dockerignore')
    return (text) => lintDockerignoreText(text, target.display, engineOptions);
  if (target.kind === 'compose') {
    const withFiles = {
      ...engineOptions,
      absolutePath: target.absolute,
      readFile: (path: string) => options.fs.readFile(path),
    };
    return (text) => lintComposeText(text, target.display, withFiles, options.env);
  }
  const dockerignore = buildContextIgnore(target.absolute, options.fs);
  return (text) =>
    lintDockerfileText(text, target.display, { ...engineOptions, dockerignore, contextKnown: true });
}

/**
 * Docker reads `<Dockerfile>.dockerignore` beside the Dockerfile first, then `.dockerignore` at the
 * context root. The context is usually the Dockerfile's folder; a Dockerfile in a workspace member
 * with no ignore file beside it is built from an ancestor (`docker build -f apps/api/Dockerfile .`),
 * so the nearest ancestor's `.dockerignore` counts, up to the repository's root (the folder with .git).
 */
function buildContextIgnore(dockerfile: string, fs: FileSystem) {
  const beside = `${dockerfile}.dockerignore`;
  const besideText = fs.readFile(beside);
  if (besideText !== undefined) return parseDockerignore(besideText, beside);
  for (let dir = dirname(dockerfile); ; dir = dirname(dir)) {
    const candidate = join(dir, '.dockerignore');
    const text = fs.readFile(candidate);
    if (text !== undefined) return parseDockerignore(text, candidate);
    if (fs.kind(join(dir, '.git')) !== undefined || dirname(dir) === dir) return undefined;
  }
}
