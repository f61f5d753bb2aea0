import type { DockerfileRule } from '../rule.js';

export const noMaintainer: DockerfileRule = {
  kind: 'dockerfile',
  id: 'no-maintainer',
  aliases: ['DL4000', 'MaintainerDeprecated'],
  severity: 'error',
  fixable: true,
  docs: {
    summary: 'Replace MAINTAINER with the org.opencontainers.image.authors label.',
    why: 'MAINTAINER has been deprecated since Docker 1.13: tools read the OCI label instead, and BuildKit warns on every build.',
    bad: 'FROM debian:bookworm-slim\nMAINTAINER Jane Doe <jane@example.com>\n',
    good: 'FROM debian:bookworm-slim\nLABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"\n',
  },
  check({ model, report }) {
    for (const instruction of model.instructions) {
      if (instruction.keyword !== 'MAINTAINER') continue;
      const singleLine = instruction.range.start.line === instruction.range.end.line;
      const text = `LABEL org.opencontainers.image.authors=${JSON.stringify(instruction.rest)}`;
      report({
        range: instruction.range,
        message: 'MAINTAINER is deprecated: use LABEL org.opencontainers.image.authors',
        fix: singleLine ? [{ range: instruction.range, text }] : undefined,
      });
    }
  },
};
