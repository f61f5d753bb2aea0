import type { DockerfileRule } from '../rule.js';
import { shippedStages } from './apt-clean-lists.js';
import { commandRange, commands, laterInSameRun, runInstruction } from './helpers.js';

export const yarnCacheClean: DockerfileRule = {
  kind: 'dockerfile',
  id: 'yarn-cache-clean',
  aliases: ['DL3060'],
  severity: 'info',
  fixable: false,
  docs: {
    summary: 'Clean the yarn cache in the RUN that installs (or use a cache mount).',
    why: 'Yarn (classic) keeps a copy of every package in its cache, often as large as node_modules; left in the layer it doubles the install. `yarn cache clean` in the same RUN, or `--mount=type=cache,target=/usr/local/share/.cache/yarn`, keeps it out.',
    bad: 'FROM node:20-bookworm-slim\nRUN yarn install --frozen-lockfile\n',
    good: 'FROM node:20-bookworm-slim\nRUN yarn install --frozen-lockfile && yarn cache clean\n',
  },
  check({ model, report }) {
    const shipped = shippedStages(model);
    for (const site of commands(model)) {
      if (site.command.program !== 'yarn') continue;
      const stage = model.stages[site.instruction.stage];
      if (site.instruction.keyword !== 'ONBUILD' && !(stage && shipped.has(stage))) continue;
      const sub = site.command.args.find((arg) => !(arg.value ?? '').startsWith('-'))?.value;
      if (sub !== undefined && sub !== 'install' && sub !== 'add') continue;
      const mounted = runInstruction(site.instruction).flags.some(
        (flag) =>
          flag.name === 'mount' &&
          /type=(cache|tmpfs)/.test(flag.value ?? '') &&
          /yarn/.test(flag.value ?? ''),
      );
      const cleaned = laterInSameRun(
        site,
        (command) =>
          command.program === 'yarn' &&
          command.args[0]?.value === 'cache' &&
          command.args[1]?.value === 'clean',
      );
      if (!mounted && !cleaned)
        report({
          range: commandRange(model, site),
          message: 'yarn keeps its package cache in the layer: add && yarn cache clean',
        });
    }
  },
};
