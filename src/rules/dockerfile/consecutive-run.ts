import type { Instruction } from '../../parse/dockerfile.js';
import { runScripts } from '../../parse/dockerfile-shell.js';
import type { DockerfileRule } from '../rule.js';

function singleCommand(run: Instruction): boolean {
  const scripts = runScripts(run);
  return scripts.length === 1 && (scripts[0]?.script.commands.length ?? 0) <= 1;
}

export const consecutiveRun: DockerfileRule = {
  kind: 'dockerfile',
  id: 'consecutive-run',
  aliases: ['DL3059'],
  severity: 'info',
  fixable: false,
  docs: {
    summary: 'Merge consecutive RUN instructions that belong together.',
    why: 'Each RUN is a layer. Files created in one and deleted in the next still ship in the first; many small layers also slow pulls. Join related steps with `&&` (a heredoc keeps long scripts readable). RUNs with different mounts or flags are left alone.',
    bad: 'FROM debian:bookworm-slim\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends curl\n',
    good: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n',
  },
  messages: { consecutive: 'consecutive RUN (after line {line}): consider one RUN with &&' },
  check({ model, report }) {
    for (const stage of model.stages) {
      for (let i = 1; i < stage.instructions.length; i++) {
        const previous = stage.instructions[i - 1];
        const current = stage.instructions[i];
        if (previous?.keyword !== 'RUN' || current?.keyword !== 'RUN') continue;
        const sameFlags =
          previous.flags.map((f) => `${f.name}=${f.value}`).join() ===
          current.flags.map((f) => `${f.name}=${f.value}`).join();
        if (!sameFlags || previous.heredocs.length || current.heredocs.length) continue;
        // As hadolint: a RUN that already chains commands was split on purpose (often for the cache).
        if (!singleCommand(previous) || !singleCommand(current)) continue;
        report({
          range: current.keywordRange,
          messageId: 'consecutive',
          data: { line: previous.range.start.line },
        });
      }
    }
  },
};
