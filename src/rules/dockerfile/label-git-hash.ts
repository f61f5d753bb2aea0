import { labelTypeRule } from './label-schema.js';

export const labelGitHash = labelTypeRule({
  id: 'label-git-hash',
  aliases: ['DL3055'],
  type: 'hash',
  valueName: 'a git hash',
  example: '1a2b3c4d',
  accepts: (value) => /^[0-9a-f]{7,40}$/.test(value),
});
