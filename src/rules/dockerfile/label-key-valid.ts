import type { DockerfileRule } from '../rule.js';

export const labelKeyValid: DockerfileRule = {
  kind: 'dockerfile',
  id: 'label-key-valid',
  aliases: ['DL3048'],
  severity: 'style',
  fixable: false,
  docs: {
    summary: 'Write label keys as lower-case reverse-DNS names.',
    why: "Docker's guidance for label keys: lower-case letters, digits, `.` and `-`, starting and ending with a letter or digit, no `..` or `--`, and the `com.docker.*`, `io.docker.*` and `org.dockerproject.*` namespaces reserved. Tools that read labels (OCI annotations, registries) expect that shape.",
    bad: 'FROM debian:bookworm-slim\nLABEL Version="1.0"\n',
    good: 'FROM debian:bookworm-slim\nLABEL org.opencontainers.image.version="1.0"\n',
  },
  check({ model, report }) {
    for (const instruction of model.instructions) {
      if (instruction.keyword !== 'LABEL') continue;
      for (const pair of instruction.pairs) {
        const key = pair.key;
        const reserved = /^(com\.docker|io\.docker|org\.dockerproject)\./.test(key);
        const shape = /^[a-z]([a-z0-9.-]*[a-z0-9])?$/.test(key) && !/\.\.|--/.test(key);
        if (key.includes('$')) continue;
        if (reserved || !shape)
          report({
            range: pair.range,
            message: reserved
              ? `${key} uses a namespace reserved for Docker`
              : `label key ${key} should be lower-case letters, digits, . and -, starting with a letter`,
          });
      }
    }
  },
};
