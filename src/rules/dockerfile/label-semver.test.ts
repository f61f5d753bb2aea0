import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { DEFAULT_CONFIG } from '../../lint/settings.js';
import { labelSemver } from './label-semver.js';

const schema = (labelSchema: Record<string, string>, strictLabels = false) => ({
  config: { ...DEFAULT_CONFIG, labelSchema, strictLabels },
});

ruleTester(labelSemver, {
  valid: [
    { code: df('FROM debian', 'LABEL x="1.2.3-rc.1+build.5"'), options: schema({ x: 'semver' }) },
    { code: df('ARG V', 'FROM debian', 'LABEL x=$V'), options: schema({ x: 'semver' }) },
  ],
  invalid: [
    {
      code: df('FROM debian', 'LABEL x="1.2"'),
      errors: [
        {
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 14,
          messageId: 'label',
          data: { key: 'x', valueName: 'a semantic version' },
        },
      ],
      options: schema({ x: 'semver' }),
    },
  ],
});
