import type { ShellCommand } from '../../parse/shell.js';
import { DEPENDENCY_INSTALLS } from '../../stacks/index.js';
import { installCommandOf } from '../../stacks/shared/install-command.js';
import type { DockerfileRule } from '../rule.js';
import { commandRange, commands } from './helpers.js';

/** A stack's dependency install (stacks/index.ts lists them); pip counts only with a requirements file. */
function installsFromManifest(command: ShellCommand): boolean {
  const args = command.args.map((arg) => arg.value ?? arg.raw);
  const install = installCommandOf(DEPENDENCY_INSTALLS, command.program, args);
  return install !== undefined && !install.system && (install.readsManifest?.(args) ?? true);
}

export const dependenciesBeforeSource: DockerfileRule = {
  kind: 'dockerfile',
  id: 'dependencies-before-source',
  aliases: [],
  severity: 'warning',
  fixable: false,
  docs: {
    summary: 'Install dependencies before copying the source.',
    why: 'Docker reuses a layer only while everything before it is unchanged. After `COPY . .`, any edit to any file re-runs the dependency install: minutes per build instead of seconds. Copy the manifests and lock file first, install, then copy the rest.',
    bad: 'FROM node:20-bookworm-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci\n',
    good: 'FROM node:20-bookworm-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\n',
  },
  check({ model, report }) {
    for (const site of commands(model)) {
      if (!installsFromManifest(site.command)) continue;
      const stage = model.stages[site.instruction.stage];
      if (!stage) continue;
      const before = stage.instructions.slice(0, stage.instructions.indexOf(site.instruction));
      const copyAll = before.find(
        (i) =>
          (i.keyword === 'COPY' || i.keyword === 'ADD') &&
          !i.flags.some((f) => f.name === 'from') &&
          (i.exec ?? i.args.map((a) => a.raw)).slice(0, -1).some((src) => src === '.' || src === './'),
      );
      if (!copyAll) continue;
      report({
        range: commandRange(model, site),
        message: `this install runs after COPY ${copyAll.args[0]?.raw ?? '.'} (line ${copyAll.range.start.line}), so every source change re-runs it: copy the manifests first`,
      });
    }
  },
};
