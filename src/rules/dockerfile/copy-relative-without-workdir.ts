import { stageLineage } from '../../parse/dockerfile.js';
import type { DockerfileRule } from '../rule.js';

export const copyRelativeWithoutWorkdir: DockerfileRule = {
  kind: 'dockerfile',
  id: 'copy-relative-without-workdir',
  aliases: ['DL3045'],
  severity: 'warning',
  fixable: false,
  docs: {
    summary: 'Set WORKDIR before copying to a relative destination.',
    why: 'A relative destination is resolved against the working directory, which the base image decides when the Dockerfile does not: the files land in `/` on one base and somewhere else on another.',
    bad: 'FROM node:20-bookworm-slim\nCOPY package.json .\n',
    good: 'FROM node:20-bookworm-slim\nWORKDIR /app\nCOPY package.json .\n',
  },
  messages: {
    copyBeforeAny:
      "COPY to {destination} before any WORKDIR: the files land wherever the base image's working directory is",
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      let workdir = stageLineage(model, stage)
        .slice(1)
        .some((ancestor) => ancestor.instructions.some((i) => i.keyword === 'WORKDIR'));
      for (const instruction of stage.instructions) {
        if (instruction.keyword === 'WORKDIR') workdir = true;
        if (workdir || instruction.keyword !== 'COPY') continue;
        const destination =
          instruction.exec?.[instruction.exec.length - 1] ??
          instruction.args[instruction.args.length - 1]?.raw;
        if (!destination || /^["']?(\/|\$|[A-Za-z]:)/.test(destination)) continue;
        report({
          range: instruction.range,
          messageId: 'copyBeforeAny',
          data: { destination },
        });
      }
    }
  },
};
