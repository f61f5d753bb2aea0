/**
 * Lints every target: rules through the engine, plus what the parsers report. A finding means the file
 * is readable but wrong; an input error means it cannot be read as what it claims to be (exit 2).
 * With `fix`, fixes are applied to a fixpoint and written atomically (or shown as a diff).
 */

import { dirname, join, relative } from 'node:path';
import { InputError } from '../core/errors.js';
import type { Finding } from '../core/finding.js';
import { textEncoding, unreadableEncoding } from '../core/text-encoding.js';
import { type FileSystem, readChecked, realPath } from '../io/file-system.js';
import { isInside, repositoryRoot, writableTarget } from '../io/write-guard.js';
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
  /** The working directory: the repository `--fix` may write in, when no `.git` says otherwise. */
  cwd?: string;
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
  /**
   * Each changed file's text after its fixes, also with `--fix-dry-run` (whose findings and `texts` are those
   * of the file as it is): what an editor applies as "fix all". Not carried back from lint workers.
   */
  fixedTexts: Map<string, string>;
  /** ShellCheck was asked for but is not installed. */
  shellcheckMissing?: boolean;
}

export function emptyLintResult(): LintResult {
  return {
    findings: [],
    inputErrors: [],
    filesLinted: 0,
    diffs: [],
    fixedFiles: 0,
    texts: new Map(),
    fixedTexts: new Map(),
  };
}

export function lintTargets(targets: LintTarget[], options: LintRunOptions): LintResult {
  const result = emptyLintResult();
  for (const target of targets) lintTargetInto(result, target, options);
  return result;
}

/**
 * Lints one target into `result`. Whatever goes wrong with this file (including a bug of ours that
 * throws) becomes this file's error, so the other files keep their findings.
 */
export function lintTargetInto(result: LintResult, target: LintTarget, options: LintRunOptions): void {
  const before = { findings: result.findings.length, diffs: result.diffs.length, fixed: result.fixedFiles };
  try {
    lintOne(result, target, options);
  } catch (thrown) {
    result.findings.length = before.findings;
    result.diffs.length = before.diffs;
    result.fixedFiles = before.fixed;
    result.texts.delete(target.display);
    result.fixedTexts.delete(target.display);
    result.inputErrors.push(
      thrown instanceof InputError
        ? thrown
        : new InputError(`internal error while linting this file: ${describe(thrown)}`, target.display, {
            line: 1,
            column: 1,
          }),
    );
  }
}

function describe(thrown: unknown): string {
  return thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : String(thrown);
}

function lintOne(result: LintResult, target: LintTarget, options: LintRunOptions): void {
  const read = readChecked(options.fs, target.absolute);
  if (!read.ok) {
    result.inputErrors.push(new InputError(read.missing ? 'cannot read file' : read.reason, target.display));
    return;
  }
  const encoding = textEncoding(read.bytes, read.text);
  const unreadable = unreadableEncoding(encoding);
  if (unreadable) {
    const position = encoding.kind === 'binary' ? encoding.position : undefined;
    result.inputErrors.push(new InputError(unreadable, target.display, position));
    return;
  }
  const text = read.text;
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
    if (options.fix === 'dry-run') {
      // Nothing is written, so the findings (and the exit code) are those of the file as it is.
      final = text;
      outcome = lint(text);
    }
    if (fixed.text !== text && encoding.kind === 'not-utf8') {
      // Decoding replaced the bytes that are not UTF-8 with U+FFFD: writing the text back would lose them.
      result.inputErrors.push(
        new InputError(
          'is not UTF-8 text: not fixed, since writing it back would change bytes no fix touches',
          target.display,
          encoding.position,
        ),
      );
      final = text;
      outcome = lint(text);
    } else if (fixed.text !== text) {
      const destination =
        options.fix === 'write'
          ? writableTarget(
              options.fs,
              repositoryRoot(options.fs, target.absolute, options.cwd ?? options.configDirectory),
              target.absolute,
              target.display,
            )
          : undefined;
      if (destination) writeFixed(options.fs, destination, fixed.text, target.display);
      result.fixedTexts.set(target.display, fixed.text);
      result.fixedFiles++;
      result.diffs.push(unifiedDiff(target.display, text, fixed.text));
    }
  }
  result.texts.set(target.display, final);
  for (const problem of outcome.problems)
    result.inputErrors.push(new InputError(problem.message, target.display, problem.position));
  result.findings.push(...outcome.findings);
  if (options.shellcheck && target.kind === 'dockerfile') {
    const found = shellcheckFindings(parseDockerfile(final, target.display), target.display, options.config);
    if (found) result.findings.push(...found);
    else result.shellcheckMissing = true;
  }
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
      readFile: (path: string) => readIncluded(options, target, path),
    };
    return (text) => lintComposeText(text, target.display, withFiles, options.env);
  }
  const dockerignore = buildContextIgnore(target.absolute, options.fs);
  return (text) =>
    lintDockerfileText(text, target.display, { ...engineOptions, dockerignore, contextKnown: true });
}

/** Writes a fixed file; a file system that refuses (read-only, full) is this file's error, in one line. */
function writeFixed(fs: FileSystem, destination: string, text: string, display: string): void {
  try {
    fs.writeFile(destination, text);
  } catch (thrown) {
    const code = (thrown as NodeJS.ErrnoException).code;
    const reason =
      code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? 'permission denied'
        : code === 'ENOSPC'
          ? 'no space left on the device'
          : (thrown as Error).message;
    throw new InputError(`could not write the fixes (${reason}); the file is unchanged`, display);
  }
}

/**
 * A file a Compose file includes or extends. Only regular files inside the linted file's repository are
 * read; anything else is refused with the reason, which the Compose loader reports at the include.
 */
function readIncluded(options: LintRunOptions, target: LintTarget, path: string): string | undefined {
  const root = repositoryRoot(options.fs, target.absolute, options.cwd ?? options.configDirectory);
  const real = realPath(options.fs, path);
  if (!isInside(realPath(options.fs, root), real))
    throw new InputError(`${path} is outside the repository (${root}): not read`);
  const read = readChecked(options.fs, path);
  if (read.ok) return read.text;
  if (read.missing) return undefined;
  throw new InputError(`${path} ${read.reason}`);
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
