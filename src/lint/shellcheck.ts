/**
 * ShellCheck on every RUN script, as hadolint runs it: the script goes to `shellcheck --format=json1` on
 * stdin, and each comment comes back as a finding `SC<code>` at its place in the Dockerfile. hadolint's
 * pragmas silence SC ids like any other (`# hadolint ignore=SC2086`), and `rules: { SC2086: off }` works.
 * Optional: it runs only when asked (`shellcheck: true` in .shipshape.yaml or SHIPSHAPE_SHELLCHECK=1),
 * so that findings do not depend on what happens to be installed on the machine.
 */

import { spawnSync } from 'node:child_process';
import type { Finding, Severity } from '../core/finding.js';
import type { DockerfileModel, Instruction } from '../parse/dockerfile.js';
import { runScripts } from '../parse/dockerfile-shell.js';
import { isWindowsStage } from '../rules/dockerfile/helpers.js';
import type { LintConfig } from './settings.js';

export interface ShellcheckComment {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  level: string;
  code: number;
  message: string;
}

/** Runs ShellCheck on one script; undefined when ShellCheck is not installed. */
export type ShellcheckRunner = (script: string, shell: 'sh' | 'bash') => ShellcheckComment[] | undefined;

let installed: boolean | undefined;

/** The real ShellCheck, found on PATH (looked up once per process). */
export const nodeShellcheck: ShellcheckRunner = (script, shell) => {
  if (installed === false) return undefined;
  const result = spawnSync('shellcheck', ['--format=json1', `--shell=${shell}`, '-'], {
    input: script,
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (result.error) {
    installed = false;
    return undefined;
  }
  installed = true;
  try {
    return (JSON.parse(result.stdout) as { comments: ShellcheckComment[] }).comments;
  } catch {
    return [];
  }
};

const LEVELS: Record<string, Severity> = { error: 'error', warning: 'warning', info: 'info', style: 'style' };
const POSIX_SHELL = /(^|\/)(ba|da|a|k|mk|z)?sh$/;

/** Findings for every RUN script of the model; undefined when ShellCheck is missing. */
export function shellcheckFindings(
  model: DockerfileModel,
  file: string,
  config: LintConfig,
  run: ShellcheckRunner = nodeShellcheck,
): Finding[] | undefined {
  const findings: Finding[] = [];
  for (const instruction of model.instructions) {
    const stage = model.stages[instruction.stage];
    if (!stage || isWindowsStage(model, stage)) continue;
    const shell = shellOf(stage.instructions, instruction);
    if (shell === undefined) continue;
    for (const script of runScripts(instruction)) {
      // A script the shell parser refuses is shell-syntax's finding; ShellCheck would only repeat it.
      if (script.script.error || script.script.text.trim() === '') continue;
      const comments = run(script.script.text, shell);
      if (!comments) return undefined;
      const starts = lineStarts(script.script.text);
      const offsetOf = (line: number, column: number) =>
        Math.min(script.script.text.length, (starts[line - 1] ?? 0) + column - 1);
      for (const comment of comments) {
        const id = `SC${comment.code}`;
        const level = config.rules[id] ?? LEVELS[comment.level] ?? 'warning';
        if (level === 'off' || silenced(model, instruction, id)) continue;
        const start = script.toSource(offsetOf(comment.line, comment.column));
        const end = script.toSource(offsetOf(comment.endLine, comment.endColumn));
        findings.push({
          file,
          range: model.index.range(start, Math.max(start, end)),
          ruleId: id,
          aliases: [],
          severity: level,
          message: comment.message,
          fix: undefined,
        });
      }
    }
  }
  return findings;
}

/** `sh` or `bash` for the stage's SHELL; undefined when the SHELL is no POSIX shell. */
function shellOf(stageInstructions: Instruction[], instruction: Instruction): 'sh' | 'bash' | undefined {
  const shell = stageInstructions
    .filter((i) => i.keyword === 'SHELL' && i.range.startOffset < instruction.range.startOffset)
    .pop()?.exec?.[0];
  if (shell === undefined) return 'sh';
  if (!POSIX_SHELL.test(shell)) return undefined;
  return /bash$/.test(shell) ? 'bash' : 'sh';
}

function silenced(model: DockerfileModel, instruction: Instruction, id: string): boolean {
  const stage = model.stages[instruction.stage];
  return (
    model.fileIgnores.includes(id) ||
    instruction.ignores.includes(id) ||
    (stage?.from.stageIgnores.includes(id) ?? false)
  );
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}
