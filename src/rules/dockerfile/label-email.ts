import { labelTypeRule } from './label-schema.js';

export const labelEmail = labelTypeRule({
  id: 'label-email',
  aliases: ['DL3058'],
  type: 'email',
  valueName: 'an email address',
  example: 'team@example.com',
  accepts: (value) => /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(value),
});
