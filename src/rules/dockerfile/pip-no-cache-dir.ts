import { stageLineage } from '../../parse/dockerfile.js';
import type { DockerfileRule } from '../rule.js';
import { afterWord, commandRange, mountCovers, runInstruction } from './helpers.js';
import { pipInstalls } from './pip.js';

/** pip reads PIP_NO_CACHE_DIR as a boolean; these values turn the cache off. */
const TRUTHY = /^["']?(1|on|yes|true)["']?$/i;

/**
 * `export PIP_NO_CACHE_DIR=1 && pip install ...`: the shell parser keeps declarations out of its command
 * list, so the text before the command is read for the export.
 */
function exportedBefore(text: string): boolean {
  for (const match of text.matchAll(/\bexport\s+(?:[A-Za-z_]\w*(?:=\S*)?\s+)*PIP_NO_CACHE_DIR=(\S+)/g))
    if (TRUTHY.test(match[1] as string)) return true;
  return false;
}

export const pipNoCacheDir: DockerfileRule = {
  kind: 'dockerfile',
  id: 'pip-no-cache-dir',
  aliases: ['DL3042'],
  severity: 'warning',
  fixable: true,
  docs: {
    summary: 'Run pip install with --no-cache-dir (or a BuildKit cache mount).',
    why: 'pip keeps every downloaded wheel in ~/.cache/pip. In an image that cache is dead weight, often as large as the packages themselves. Either turn it off, or keep it out of the layer with `RUN --mount=type=cache,target=/root/.cache/pip`, which also speeds up rebuilds.',
    bad: 'FROM python:3.11-slim-bookworm\nRUN pip install flask==3.0.3\n',
    good: 'FROM python:3.11-slim-bookworm\nRUN pip install --no-cache-dir flask==3.0.3\n',
  },
  check({ model, report }) {
    /** ENV PIP_NO_CACHE_DIR counts in its own stage and the stages built FROM it, not in unrelated ones. */
    const envOffIn = (stageIndex: number): boolean => {
      const stage = model.stages[stageIndex];
      if (!stage) return false;
      return stageLineage(model, stage).some((s) =>
        s.instructions.some(
          (i) =>
            i.keyword === 'ENV' &&
            i.pairs.some((pair) => pair.key === 'PIP_NO_CACHE_DIR' && TRUTHY.test(pair.value ?? '')),
        ),
      );
    };
    for (const { site, args, installWord } of pipInstalls(model)) {
      const mounted =
        mountCovers(site.instruction, '/root/.cache/pip') ||
        runInstruction(site.instruction).flags.some(
          (flag) =>
            flag.name === 'mount' &&
            /type=(cache|tmpfs)/.test(flag.value ?? '') &&
            /pip/.test(flag.value ?? ''),
        );
      const prefixOff =
        site.command.assignments.some((a) => a.name === 'PIP_NO_CACHE_DIR' && TRUTHY.test(a.value ?? '')) ||
        exportedBefore(site.script.script.text.slice(0, site.command.start));
      const envOff = envOffIn(site.instruction.stage);
      if (
        envOff ||
        prefixOff ||
        mounted ||
        args.some((arg) => arg.value === '--no-cache-dir' || arg.value?.startsWith('--cache-dir'))
      )
        continue;
      report({
        range: commandRange(model, site),
        message: 'pip keeps its download cache in the layer: add --no-cache-dir or a cache mount',
        fix: [{ range: afterWord(model, site, installWord), text: ' --no-cache-dir' }],
      });
    }
  },
};
