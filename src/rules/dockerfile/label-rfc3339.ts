import { labelTypeRule } from './label-schema.js';

export const labelRfc3339 = labelTypeRule({
  id: 'label-rfc3339',
  aliases: ['DL3053'],
  type: 'rfc3339',
  valueName: 'an RFC 3339 time',
  example: '2026-11-24T09:00:00Z',
  accepts: (value) =>
    /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.test(value) &&
    !Number.isNaN(Date.parse(value)),
});
