import type { DockerfileModel, Instruction } from '../../parse/dockerfile.js';
import type { DockerfileRule } from '../rule.js';

/** Shell syntax that exec form would not interpret: expansions, operators, redirections, globs, quotes. */
const SHELL_SYNTAX = /[$`|&;<>()*?~\\'"{}[\]#]|^\s*$/;

export const execFormCmd: DockerfileRule = {
  kind: 'dockerfile',
  id: 'exec-form-cmd',
  aliases: ['DL3025', 'JSONArgsRecommended'],
  severity: 'warning',
  fixable: true,
  docs: {
    summary: 'Write CMD, ENTRYPOINT and a plain HEALTHCHECK CMD in exec (JSON) form.',
    why: 'In shell form Docker runs `/bin/sh -c "…"`, so the shell is PID 1: it does not forward SIGTERM, `docker stop` waits its full timeout and then kills the app mid-request. Exec form runs the program itself. Where you need the shell, `exec` the program from it. A HEALTHCHECK CMD in shell form starts a shell for every check and cannot pass in an image without one; one that needs shell syntax (`|| exit 1`) is left alone.',
    bad: 'FROM node:20-bookworm-slim\nCMD node server.js\n',
    good: 'FROM node:20-bookworm-slim\nCMD ["node", "server.js"]\n',
  },
  check({ model, report }) {
    for (const instruction of model.instructions) {
      const target = instruction.keyword === 'ONBUILD' ? instruction.trigger : instruction;
      if (!target || target.exec || !target.rest) continue;
      if (target.keyword === 'HEALTHCHECK') {
        checkHealthcheck(model, target, report);
        continue;
      }
      if (target.keyword !== 'CMD' && target.keyword !== 'ENTRYPOINT') continue;
      const simple = !SHELL_SYNTAX.test(target.rest);
      report({
        range: target.restRange,
        message: `${target.keyword} in shell form runs under /bin/sh, which does not pass on SIGTERM: use ${simple ? jsonArray(target.rest) : 'exec form'}`,
        fix: simple ? [{ range: target.restRange, text: jsonArray(target.rest) }] : undefined,
      });
    }
  },
};

function jsonArray(command: string): string {
  return `[${command
    .split(/\s+/)
    .map((word) => JSON.stringify(word))
    .join(', ')}]`;
}

/**
 * A health check runs again every interval; in shell form each run starts /bin/sh first, and in an image
 * without a shell (distroless, scratch) it can never pass. hadolint's DL3025 asks for exec form here too.
 * Only a plain command is reported: `CMD curl -f http://localhost/ || exit 1`, Docker's own example,
 * needs the shell it runs in.
 */
function checkHealthcheck(
  model: DockerfileModel,
  target: Instruction,
  report: Parameters<DockerfileRule['check']>[0]['report'],
): void {
  const match = /^CMD\s+/i.exec(target.rest);
  if (!match) return;
  const command = target.rest.slice(match[0].length);
  if (SHELL_SYNTAX.test(command)) return;
  const range = model.index.range(target.restRange.startOffset + match[0].length, target.restRange.endOffset);
  report({
    range,
    message: `HEALTHCHECK CMD in shell form starts /bin/sh for every check, and fails in an image without one: use ${jsonArray(command)}`,
    fix: [{ range, text: jsonArray(command) }],
  });
}
