/** EXPOSE takes `port[/protocol]` with a port from 0 to 65535 and a lower-case protocol. */

import type { DockerfileRule } from '../rule.js';

export const exposeValidPort: DockerfileRule = {
  kind: 'dockerfile',
  id: 'expose-valid-port',
  aliases: ['DL3011', 'ExposeInvalidFormat'],
  severity: 'error',
  fixable: false,
  docs: {
    summary: 'EXPOSE container ports (0-65535) only, without a host part.',
    why: 'EXPOSE documents which port the container listens on. Host ports and addresses (`8080:80`, `127.0.0.1:80`) belong to `docker run -p` or Compose, not the image; a port above 65535 cannot exist.',
    bad: 'FROM nginx:1.27-bookworm\nEXPOSE 8080:80\n',
    good: 'FROM nginx:1.27-bookworm\nEXPOSE 80\n',
  },
  check({ model, report }) {
    for (const instruction of model.instructions) {
      if (instruction.keyword !== 'EXPOSE') continue;
      for (const word of instruction.args) {
        const spec = word.raw.replace(/^["']|["']$/g, '');
        if (spec.includes('$')) continue;
        const [portPart = ''] = spec.split('/');
        if (portPart.includes(':')) {
          report({
            range: word.range,
            message: `EXPOSE ${spec} includes a host part: publish ports with -p or Compose instead`,
          });
          continue;
        }
        const ports = portPart.split('-').map(Number);
        if (ports.some((port) => !Number.isInteger(port) || port < 0 || port > 65535)) {
          report({ range: word.range, message: `${portPart} is not a valid port (0-65535)` });
        }
      }
    }
  },
};

export const exposeProtocolCasing: DockerfileRule = {
  kind: 'dockerfile',
  id: 'expose-protocol-casing',
  aliases: ['ExposeProtoCasing'],
  severity: 'warning',
  fixable: true,
  docs: {
    summary: 'Write EXPOSE protocols in lower case (tcp, udp).',
    why: 'Docker matches `/tcp` and `/udp` in lower case; BuildKit warns about other spellings, which some tools do not recognise.',
    bad: 'FROM debian:bookworm-slim\nEXPOSE 53/UDP\n',
    good: 'FROM debian:bookworm-slim\nEXPOSE 53/udp\n',
  },
  check({ model, report }) {
    for (const instruction of model.instructions) {
      if (instruction.keyword !== 'EXPOSE') continue;
      for (const word of instruction.args) {
        const match = /\/([A-Za-z]+)$/.exec(word.raw);
        if (!match || match[1] === match[1]?.toLowerCase()) continue;
        report({
          range: word.range,
          message: `protocol ${match[1]} should be lower case`,
          fix: [{ range: word.range, text: word.raw.toLowerCase() }],
        });
      }
    }
  },
};
