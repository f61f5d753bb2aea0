import type { DockerfileRule } from '../rule.js';

export const fromAsCasing: DockerfileRule = {
  kind: 'dockerfile',
  id: 'from-as-casing',
  aliases: ['FromAsCasing'],
  severity: 'warning',
  fixable: true,
  docs: {
    summary: 'Case AS like FROM.',
    why: '`FROM golang:1.19 as build` mixes cases inside one instruction; BuildKit warns about it. Match the keyword: `FROM … AS …`.',
    bad: 'FROM golang:1.19-bookworm as build\n',
    good: 'FROM golang:1.19-bookworm AS build\n',
  },
  messages: { casing: "'{raw}' does not match the case of '{keywordText}'" },
  check({ model, report }) {
    for (const stage of model.stages) {
      const as = stage.from.args[1];
      if (as?.raw.toUpperCase() !== 'AS') continue;
      const fromUpper = stage.from.keywordText === stage.from.keywordText.toUpperCase();
      const wanted = fromUpper ? 'AS' : 'as';
      if (as.raw !== wanted) {
        report({
          range: as.range,
          messageId: 'casing',
          data: { raw: as.raw, keywordText: stage.from.keywordText },
          fix: [{ range: as.range, text: wanted }],
        });
      }
    }
  },
};
