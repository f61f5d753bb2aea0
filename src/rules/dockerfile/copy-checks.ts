/** COPY/ADD destinations: a directory for several sources, and an absolute path unless WORKDIR is set. */

import { stageLineage } from '../../parse/dockerfile.js';
import type { DockerfileRule } from '../rule.js';

export const copyDestinationSlash: DockerfileRule = {
  kind: 'dockerfile',
  id: 'copy-destination-slash',
  aliases: ['DL3021'],
  severity: 'error',
  fixable: true,
  docs: {
    summary: 'End the destination with / when COPY has several sources.',
    why: 'With more than one source the destination must be a directory; Docker refuses `COPY a b /app` unless it reads `/app/`. The slash also tells the reader that the files land inside it.',
    bad: 'FROM node:20-bookworm-slim\nCOPY package.json package-lock.json /app\n',
    good: 'FROM node:20-bookworm-slim\nCOPY package.json package-lock.json /app/\n',
  },
  check({ model, report }) {
    for (const instruction of model.instructions) {
      if (
        (instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD') ||
        instruction.exec ||
        instruction.heredocs.length
      )
        continue;
      const words = instruction.args;
      const destination = words[words.length - 1];
      if (
        words.length < 3 ||
        !destination ||
        /\/["']?$/.test(destination.raw) ||
        destination.raw.includes('$')
      )
        continue;
      report({
        range: destination.range,
        message: `${destination.raw} receives ${words.length - 1} sources, so it must end with /`,
        fix: [
          { range: model.index.range(destination.range.endOffset, destination.range.endOffset), text: '/' },
        ],
      });
    }
  },
};

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
          message: `COPY to ${destination} before any WORKDIR: the files land wherever the base image's working directory is`,
        });
      }
    }
  },
};
