import type { DockerfileRule } from '../rule.js';
import { commandRange, commandsOf } from './helpers.js';

export const chownAfterCopy: DockerfileRule = {
  kind: 'dockerfile',
  id: 'chown-after-copy',
  aliases: [],
  severity: 'warning',
  fixable: false,
  docs: {
    summary: 'Set ownership with COPY --chown, not a later RUN chown -R.',
    why: 'A layer stores every file that changed, and a change of owner is a change: `RUN chown -R app /app` after `COPY . /app` stores the whole tree a second time, doubling that part of the image. `COPY --chown=10001:10001` writes the files with the right owner in one layer.',
    bad: 'FROM node:20-bookworm-slim\nWORKDIR /app\nCOPY . .\nRUN chown -R node:node /app\n',
    good: 'FROM node:20-bookworm-slim\nWORKDIR /app\nCOPY --chown=1000:1000 . .\n',
  },
  check({ model, report }) {
    for (const site of commandsOf(model, ['chown'])) {
      const recursive = site.command.args.some(
        (arg) => /^-[a-zA-Z]*R/.test(arg.value ?? '') || arg.value === '--recursive',
      );
      const stage = model.stages[site.instruction.stage];
      const copiedBefore = stage?.instructions
        .slice(0, stage.instructions.indexOf(site.instruction))
        .some((i) => i.keyword === 'COPY' || i.keyword === 'ADD');
      if (!recursive || !copiedBefore) continue;
      report({
        range: commandRange(model, site),
        message: 'chown -R after COPY stores the files twice: use COPY --chown instead',
      });
    }
  },
};
