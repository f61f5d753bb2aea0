/** The rules about stage names: unique, not reserved, lower case, and references to them. */

import type { DockerfileRule } from '../rule.js';

export const uniqueStageNames: DockerfileRule = {
  kind: 'dockerfile',
  id: 'unique-stage-names',
  aliases: ['DL3024', 'DuplicateStageName'],
  severity: 'error',
  fixable: false,
  docs: {
    summary: 'Give every stage a different name.',
    why: 'Names are case-insensitive, and BuildKit refuses a Dockerfile where two stages share one: `COPY --from=build` would be ambiguous.',
    bad: 'FROM golang:1.19-bookworm AS build\nFROM golang:1.19-bookworm AS Build\n',
    good: 'FROM golang:1.19-bookworm AS build\nFROM golang:1.19-bookworm AS test\n',
  },
  check({ model, report }) {
    const seen = new Set<string>();
    for (const stage of model.stages) {
      const name = stage.name?.toLowerCase();
      if (!name || !stage.nameRange) continue;
      if (seen.has(name))
        report({ range: stage.nameRange, message: `a stage named ${stage.name} already exists` });
      seen.add(name);
    }
  },
};

const RESERVED = new Set(['scratch', 'context']);

export const reservedStageName: DockerfileRule = {
  kind: 'dockerfile',
  id: 'reserved-stage-name',
  aliases: ['DL3063', 'ReservedStageName'],
  severity: 'error',
  fixable: false,
  docs: {
    summary: 'Do not name a stage scratch or context.',
    why: '`scratch` is the empty base image and `context` names the build context in `--from`; a stage with one of these names shadows them and confuses every reader (and BuildKit warns).',
    bad: 'FROM debian:bookworm-slim AS scratch\n',
    good: 'FROM debian:bookworm-slim AS base\n',
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      if (stage.name && stage.nameRange && RESERVED.has(stage.name.toLowerCase())) {
        report({ range: stage.nameRange, message: `${stage.name} is a reserved name` });
      }
    }
  },
};

export const stageNameCasing: DockerfileRule = {
  kind: 'dockerfile',
  id: 'stage-name-casing',
  aliases: ['StageNameCasing'],
  severity: 'warning',
  fixable: false,
  docs: {
    summary: 'Write stage names in lower case.',
    why: 'Stage names are case-insensitive, so `Build` and `build` are the same stage; lower case everywhere avoids reading them as different ones and matches how `--target` is usually typed.',
    bad: 'FROM node:20-bookworm-slim AS Build\n',
    good: 'FROM node:20-bookworm-slim AS build\n',
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      if (stage.name && stage.nameRange && stage.name !== stage.name.toLowerCase()) {
        report({ range: stage.nameRange, message: `stage name ${stage.name} should be lower case` });
      }
    }
  },
};

export const copyFromKnownStage: DockerfileRule = {
  kind: 'dockerfile',
  id: 'copy-from-known-stage',
  aliases: ['DL3022', 'DL3023'],
  severity: 'warning',
  fixable: false,
  docs: {
    summary: 'COPY --from must name an earlier stage (or an image), never its own stage.',
    why: 'A `--from` that matches no earlier stage is pulled as an image of that name: a typo in `--from=buidl` becomes a registry request. And a stage cannot copy from itself.',
    bad: 'FROM golang:1.19-bookworm AS build\nFROM gcr.io/distroless/static-debian12:nonroot AS runtime\nCOPY --from=runtime /app /app\n',
    good: 'FROM golang:1.19-bookworm AS build\nFROM gcr.io/distroless/static-debian12:nonroot AS runtime\nCOPY --from=build /app /app\n',
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      for (const instruction of stage.instructions) {
        if (instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD') continue;
        const from = instruction.flags.find((flag) => flag.name === 'from');
        if (!from?.value) continue;
        const reference = from.value.toLowerCase();
        if (stage.name && reference === stage.name.toLowerCase()) {
          report({ range: from.range, message: `COPY --from=${from.value} names the stage it is in` });
          continue;
        }
        const earlier = model.stages.slice(0, stage.index);
        const known = earlier.some(
          (other) => other.name?.toLowerCase() === reference || String(other.index) === reference,
        );
        const looksLikeImage = /[:/@.]/.test(from.value) || from.value.includes('$');
        if (!known && !looksLikeImage)
          report({
            range: from.range,
            message: `--from=${from.value} names no earlier stage; Docker would pull an image of that name`,
          });
      }
    }
  },
};
