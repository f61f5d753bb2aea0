import type { DockerfileRule } from '../rule.js';

export const copyEntireFilesystem: DockerfileRule = {
  kind: 'dockerfile',
  id: 'copy-entire-filesystem',
  aliases: ['DL3067'],
  severity: 'warning',
  fixable: false,
  docs: {
    summary: "Do not copy a whole stage's file system into the root of another.",
    why: "`COPY --from=build / /` drags the build stage's compiler, caches, package databases and /etc into the final image, undoing the point of a multi-stage build, and overwrites the final base's own files. Copy only the artifacts.",
    bad: 'FROM golang:1.19-bookworm AS build\nRUN go build -o /out/app .\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build / /\n',
    good: 'FROM golang:1.19-bookworm AS build\nRUN go build -o /out/app .\nFROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\n',
  },
  check({ model, report }) {
    for (const instruction of model.instructions) {
      if (instruction.keyword !== 'COPY' || !instruction.flags.some((flag) => flag.name === 'from')) continue;
      const words = (instruction.exec ?? instruction.args.map((word) => word.raw)).map((word) =>
        word.replace(/^["']|["']$/g, ''),
      );
      const destination = words[words.length - 1];
      if (words.length >= 2 && destination === '/' && words.slice(0, -1).includes('/')) {
        report({
          range: instruction.range,
          message: 'this copies the whole file system of another stage into /: copy only the artifacts',
        });
      }
    }
  },
};
