import type { DockerfileRule } from '../rule.js';

export const onbuildTrigger: DockerfileRule = {
  kind: 'dockerfile',
  id: 'onbuild-trigger',
  aliases: ['DL3043'],
  severity: 'error',
  fixable: false,
  docs: {
    summary: 'ONBUILD cannot trigger ONBUILD, FROM or MAINTAINER.',
    why: 'Docker refuses these as ONBUILD triggers: a stage cannot start another base, chain triggers, or set a deprecated field in downstream builds.',
    bad: 'FROM debian:bookworm-slim\nONBUILD FROM alpine:3.20\n',
    good: 'FROM debian:bookworm-slim\nONBUILD COPY . /app/\n',
  },
  messages: { trigger: '{trigger} is not allowed as an ONBUILD trigger' },
  check({ model, report }) {
    for (const instruction of model.instructions) {
      if (instruction.keyword !== 'ONBUILD') continue;
      const trigger = /^\S+/.exec(instruction.rest)?.[0]?.toUpperCase();
      if (trigger === 'ONBUILD' || trigger === 'FROM' || trigger === 'MAINTAINER') {
        report({ range: instruction.restRange, messageId: 'trigger', data: { trigger } });
      }
    }
  },
};
