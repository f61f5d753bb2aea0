import type { ShellCommand } from '../../parse/shell.js';
import type { DockerfileRule } from '../rule.js';
import { commandRange, commands } from './helpers.js';

/** Commands that install dependencies from manifests: they should run before the source is copied. */
const INSTALLS: Array<[string, RegExp]> = [
  ['npm', /^(ci|install|i)$/],
  ['yarn', /^(install)?$/],
  ['pnpm', /^(install|i)$/],
  ['bun', /^install$/],
  ['pip', /^install$/],
  ['pip3', /^install$/],
  ['poetry', /^install$/],
  ['uv', /^sync$/],
  ['pipenv', /^install$/],
  ['bundle', /^install$/],
  ['composer', /^install$/],
  ['go', /^mod$/],
  ['mvn', /^dependency:/],
  ['dotnet', /^restore$/],
];

/** pip counts only when it installs from a requirements file; a named package has no manifest to copy first. */
function installsFromManifest(command: ShellCommand): boolean {
  const first = command.args.find((arg) => !(arg.value ?? '').startsWith('-'))?.value;
  if (!INSTALLS.some(([name, sub]) => command.program === name && sub.test(first ?? ''))) return false;
  if (command.program === 'pip' || command.program === 'pip3') {
    return command.args.some((arg) => arg.value === '-r' || arg.value?.startsWith('--requirement'));
  }
  return true;
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
