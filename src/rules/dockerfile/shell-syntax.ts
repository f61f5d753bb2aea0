import { runScripts } from '../../parse/dockerfile-shell.js';
import type { DockerfileRule } from '../rule.js';
import { isWindowsStage } from './helpers.js';

/** The shell a stage's RUNs go to, when a SHELL instruction names one that is not a POSIX sh. */
const POSIX_SHELL = /(^|\/)(ba|da|a|k|mk|z)?sh$/;

export const shellSyntax: DockerfileRule = {
  kind: 'dockerfile',
  id: 'shell-syntax',
  aliases: [],
  severity: 'error',
  fixable: false,
  docs: {
    summary: 'Write RUN scripts the shell can parse.',
    why: 'A RUN with a syntax error (an `if` without `fi`, an unclosed quote) fails only when the build reaches it, often after minutes of earlier steps. The shell parser (mvdan/sh, as ShellCheck would) finds it before the build starts.',
    bad: 'FROM debian:bookworm-slim\nRUN if [ -f /etc/os-release ]; then cat /etc/os-release\n',
    good: 'FROM debian:bookworm-slim\nRUN if [ -f /etc/os-release ]; then cat /etc/os-release; fi\n',
  },
  messages: { syntax: 'the shell cannot parse this RUN: {problem}' },
  check({ model, report }) {
    for (const instruction of model.instructions) {
      const stage = model.stages[instruction.stage];
      if (!stage || isWindowsStage(model, stage)) continue;
      const shell = stage.instructions
        .filter((i) => i.keyword === 'SHELL' && i.range.startOffset < instruction.range.startOffset)
        .pop()?.exec?.[0];
      if (shell && !POSIX_SHELL.test(shell)) continue;
      for (const script of runScripts(instruction)) {
        const error = script.script.error;
        if (!error) continue;
        // The parser's offset points at the token it choked on; the end of the script when input ran out.
        const length = script.script.text.replace(/\s+$/, '').length;
        const at = Math.max(0, Math.min(error.offset, length - 1));
        const start = script.toSource(at);
        report({
          range: model.index.range(start, script.toSource(at + 1)),
          messageId: 'syntax',
          data: { problem: error.message },
        });
      }
    }
  },
};
