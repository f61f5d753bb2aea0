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
  messages: { duplicate: 'a stage named {name} already exists' },
  check({ model, report }) {
    const seen = new Set<string>();
    for (const stage of model.stages) {
      const name = stage.name?.toLowerCase();
      if (!name || !stage.nameRange) continue;
      if (seen.has(name))
        report({ range: stage.nameRange, messageId: 'duplicate', data: { name: stage.name } });
      seen.add(name);
    }
  },
};
