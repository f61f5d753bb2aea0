import type { DockerfileRule } from '../rule.js';

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
