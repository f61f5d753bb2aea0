import { type DockerfileModel, type Instruction, type Stage, stageLineage } from '../../parse/dockerfile.js';
import type { ShellCommand } from '../../parse/shell.js';
import type { DockerfileRule } from '../rule.js';
import { commandRange, commands, isWindowsStage } from './helpers.js';

function setsPipefail(command: ShellCommand): boolean {
  if (command.program !== 'set') return false;
  const words = command.args.map((arg) => arg.value ?? '');
  return words.some((word, i) => word === 'pipefail' && /^-[a-z]*o$/.test(words[i - 1] ?? ''));
}

/** The SHELL in force for an instruction: the last SHELL earlier in its stage (or parent stages). */
function shellFor(stageInstructions: Instruction[], instruction: Instruction): string[] | undefined {
  let shell: string[] | undefined;
  for (const current of stageInstructions) {
    if (current === instruction) break;
    if (current.keyword === 'SHELL' && current.exec) shell = current.exec;
  }
  return shell;
}

/**
 * `/bin/sh` is dash on Debian and Ubuntu, and dash (0.5.12, Debian 12 and 13) has no pipefail:
 * `dash -o pipefail -c ...` stops with "Illegal option -o pipefail". Alpine's and BusyBox's sh is ash,
 * which has it.
 */
function plainShWithoutPipefail(model: DockerfileModel, stage: Stage, shell: string): boolean {
  if (!/(^|\/)(da)?sh$/.test(shell)) return false;
  const lineage = stageLineage(model, stage);
  const root = lineage[lineage.length - 1] as Stage;
  return !/alpine|busybox/i.test(root.baseImageExpanded);
}

export const pipefail: DockerfileRule = {
  kind: 'dockerfile',
  id: 'pipefail',
  aliases: ['DL4006'],
  severity: 'warning',
  fixable: false,
  docs: {
    summary: 'Set -o pipefail before a RUN with a pipe.',
    why: 'A pipeline succeeds when its last command does: in `curl -fsSL $URL | tar -xz` a failed download still lets the build go on with nothing extracted. `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` (or `set -o pipefail;` first in the RUN) makes any failing stage fail the step.',
    bad: 'FROM debian:bookworm-slim\nRUN curl -fsSL https://example.com/tool.tar.gz | tar -xz -C /opt\n',
    good: 'FROM debian:bookworm-slim\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://example.com/tool.tar.gz | tar -xz -C /opt\n',
  },
  check({ model, report }) {
    const seen = new Set<unknown>();
    for (const site of commands(model)) {
      if (!site.command.inPipeline || seen.has(site.script)) continue;
      const stage = model.stages[site.instruction.stage];
      // cmd and PowerShell have no pipefail; their pipes are another matter.
      if (stage && isWindowsStage(model, stage)) continue;
      const shell = stage ? shellFor(stage.instructions, site.instruction) : undefined;
      if (shell?.includes('pipefail')) {
        if (stage && plainShWithoutPipefail(model, stage, shell[0] ?? '')) {
          seen.add(site.script);
          report({
            range: commandRange(model, site),
            message: `SHELL asks ${shell[0]} for -o pipefail, which dash (sh on Debian and Ubuntu) does not have: name /bin/bash in SHELL (/bin/ash on Alpine)`,
          });
        }
        continue;
      }
      if (shell && !/(^|\/)(ba|z|k|mk|a|da)?sh$/.test(shell[0] ?? '')) continue;
      const list = site.script.script.commands;
      if (list.slice(0, list.indexOf(site.command)).some(setsPipefail)) continue;
      seen.add(site.script);
      report({
        range: commandRange(model, site),
        message: 'this pipe hides failures of all but its last command: set -o pipefail first',
      });
    }
  },
};
