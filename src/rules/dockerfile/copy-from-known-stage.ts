import type { DockerfileRule } from '../rule.js';

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
  messages: {
    copyFromNames: 'COPY --from={value} names the stage it is in',
    fromNamesEarlier: '--from={value} names no earlier stage; Docker would pull an image of that name',
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      for (const instruction of stage.instructions) {
        if (instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD') continue;
        const from = instruction.flags.find((flag) => flag.name === 'from');
        if (!from?.value) continue;
        const reference = from.value.toLowerCase();
        if (stage.name && reference === stage.name.toLowerCase()) {
          report({ range: from.range, messageId: 'copyFromNames', data: { value: from.value } });
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
            messageId: 'fromNamesEarlier',
            data: { value: from.value },
          });
      }
    }
  },
};
