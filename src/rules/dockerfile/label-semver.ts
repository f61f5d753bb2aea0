import { labelTypeRule } from './label-schema.js';

export const labelSemver = labelTypeRule({
  id: 'label-semver',
  aliases: ['DL3056'],
  type: 'semver',
  valueName: 'a semantic version',
  example: '1.4.2',
  accepts: (value) => /^v?\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/.test(value),
});
