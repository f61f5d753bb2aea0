/**
 * Parses every target and turns what the parsers report into findings (the file is readable but wrong)
 * or input errors (the file cannot be read as what it claims to be: exit 2, like a compiler's syntax error).
 */

import { InputError } from '../core/errors.js';
import type { Finding } from '../core/finding.js';
import type { FileSystem } from '../io/file-system.js';
import { loadComposeProject } from '../parse/compose.js';
import { parseDockerfile } from '../parse/dockerfile.js';
import { parseDockerignore } from '../parse/dockerignore.js';
import type { LintTarget } from './discover.js';

export interface LintResult {
  findings: Finding[];
  inputErrors: InputError[];
  filesLinted: number;
}

export function lintTargets(
  targets: LintTarget[],
  fs: FileSystem,
  env: Record<string, string | undefined>,
): LintResult {
  const result: LintResult = { findings: [], inputErrors: [], filesLinted: 0 };
  for (const target of targets) {
    const text = fs.readFile(target.absolute);
    if (text === undefined) {
      result.inputErrors.push(new InputError('cannot read file', target.display));
      continue;
    }
    result.filesLinted++;
    if (target.kind === 'dockerfile') lintDockerfile(target, text, result);
    else if (target.kind === 'dockerignore') lintDockerignore(target, text, result);
    else lintCompose(target, fs, env, result);
  }
  return result;
}

function lintDockerfile(target: LintTarget, text: string, result: LintResult): void {
  const model = parseDockerfile(text, target.display);
  for (const problem of model.problems)
    result.inputErrors.push(new InputError(problem.message, target.display, problem.position));
}

function lintDockerignore(target: LintTarget, text: string, result: LintResult): void {
  const ignore = parseDockerignore(text, target.display);
  for (const problem of ignore.problems)
    result.inputErrors.push(new InputError(problem.message, target.display, problem.position));
}

function lintCompose(
  target: LintTarget,
  fs: FileSystem,
  env: Record<string, string | undefined>,
  result: LintResult,
): void {
  const project = loadComposeProject({ files: [target.absolute], read: (path) => fs.readFile(path), env });
  for (const problem of project.problems) {
    const file = problem.file === target.absolute ? target.display : problem.file;
    if (problem.kind === 'syntax' || (problem.kind === 'structure' && !problem.range)) {
      result.inputErrors.push(new InputError(problem.message, file, problem.range?.start));
    } else if (
      problem.kind === 'schema' ||
      (problem.kind === 'interpolation' && problem.message.startsWith('invalid interpolation'))
    ) {
      if (!problem.range) continue;
      result.findings.push({
        file,
        range: problem.range,
        ruleId: 'compose-schema',
        aliases: [],
        severity: 'error',
        message: problem.message,
        fix: undefined,
      });
    } else if (problem.kind === 'structure' && problem.range) {
      result.findings.push({
        file,
        range: problem.range,
        ruleId: 'compose-structure',
        aliases: [],
        severity: 'error',
        message: problem.message,
        fix: undefined,
      });
    }
  }
}
