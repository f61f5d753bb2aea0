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
    summary: 'Write CMD and ENTRYPOINT in exec (JSON) form.',
    why: 'In shell form Docker runs `/bin/sh -c "…"`, so the shell is PID 1: it does not forward SIGTERM, `docker stop` waits its full timeout and then kills the app mid-request. Exec form runs the program itself. Where you need the shell, `exec` the program from it.',
    bad: 'FROM node:20-bookworm-slim\nCMD node server.js\n',
    good: 'FROM node:20-bookworm-slim\nCMD ["node", "server.js"]\n',
  },
  check({ model, report }) {
    for (const instruction of model.instructions) {
      const target = instruction.keyword === 'ONBUILD' ? instruction.trigger : instruction;
      if (
        !target ||
        (target.keyword !== 'CMD' && target.keyword !== 'ENTRYPOINT') ||
        target.exec ||
        !target.rest
      )
        continue;
      const simple = !SHELL_SYNTAX.test(target.rest);
      const json = `[${target.rest
        .split(/\s+/)
        .map((word) => JSON.stringify(word))
        .join(', ')}]`;
      report({
        range: target.restRange,
        message: `${target.keyword} in shell form runs under /bin/sh, which does not pass on SIGTERM: use ${simple ? json : 'exec form'}`,
        fix: simple ? [{ range: target.restRange, text: json }] : undefined,
      });
    }
  },
};
