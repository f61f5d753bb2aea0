/**
 * Lints one open editor buffer exactly as `shipshape lint` would lint the file it stands for: its kind by
 * name, the nearest configuration above it, the `.dockerignore` of its build context, the same rules.
 * The buffer's unsaved text stands in for the file on disk (the overlay `lint -` uses).
 */

import { dirname } from 'node:path';
import { InputError } from '../core/errors.js';
import type { Finding } from '../core/finding.js';
import type { Position } from '../core/source.js';
import type { FileSystem } from '../io/file-system.js';
import { loadLintConfig } from '../lint/config-file.js';
import { classify, type LintFileKind } from '../lint/discover.js';
import { type LintResult, lintTargets } from '../lint/lint-files.js';
import { stdinTarget } from '../lint/stdin-target.js';

export interface OpenDocument {
  text: string;
  /** The file system path the buffer stands for. */
  path: string;
  kind: LintFileKind;
}

export interface DocumentLint {
  findings: Finding[];
  /** The buffer cannot be read as what it claims to be (a YAML syntax error), or the configuration is broken. */
  problems: Array<{ message: string; position: Position | undefined }>;
}

/** Editors name Dockerfiles and Compose files by language when the file name does not say (an untitled buffer). */
const KIND_BY_LANGUAGE: Record<string, LintFileKind> = {
  dockerfile: 'dockerfile',
  dockercompose: 'compose',
};

export function documentKind(path: string, languageId: string): LintFileKind | undefined {
  return classify(path) ?? KIND_BY_LANGUAGE[languageId];
}

export function lintDocument(
  document: OpenDocument,
  fs: FileSystem,
  env: Record<string, string | undefined>,
): DocumentLint {
  const run = runLint(document, fs, env, 'none');
  if ('configError' in run)
    return { findings: [], problems: [{ message: run.configError, position: undefined }] };
  return {
    findings: run.result.findings,
    problems: run.result.inputErrors.map((error) => ({ message: error.message, position: error.position })),
  };
}

/** The buffer after every fix that keeps meaning, applied to a fixpoint as `lint --fix` does; undefined if none applies. */
export function fixedDocumentText(
  document: OpenDocument,
  fs: FileSystem,
  env: Record<string, string | undefined>,
): string | undefined {
  const run = runLint(document, fs, env, 'dry-run');
  if ('configError' in run) return undefined;
  const fixed = run.result.texts.get(run.display);
  return fixed !== undefined && fixed !== document.text ? fixed : undefined;
}

function runLint(
  document: OpenDocument,
  fs: FileSystem,
  env: Record<string, string | undefined>,
  fix: 'none' | 'dry-run',
): { result: LintResult; display: string } | { configError: string } {
  const directory = dirname(document.path);
  let loaded: ReturnType<typeof loadLintConfig>;
  try {
    loaded = loadLintConfig(fs, directory);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { configError: `configuration: ${error.format()}` };
  }
  const { target, fs: overlay } = stdinTarget(document.text, document.path, directory, fs);
  const result = lintTargets([{ ...target, kind: document.kind }], {
    fs: overlay,
    env,
    config: loaded.config,
    configDirectory: loaded.directory,
    fix,
  });
  return { result, display: target.display };
}
