import { labelTypeRule } from './label-schema.js';

export const labelUrl = labelTypeRule({
  id: 'label-url',
  aliases: ['DL3052'],
  type: 'url',
  valueName: 'a valid URL',
  example: 'https://github.com/example/app',
  accepts: (value) => /^[a-z][a-z0-9+.-]*:\/\/[^\s]+$/i.test(value),
});
