import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { DEFAULT_CONFIG } from '../../lint/settings.js';
import { labelMissing } from './label-missing.js';

const schema = (labelSchema: Record<string, string>, strictLabels = false) => ({
  config: { ...DEFAULT_CONFIG, labelSchema, strictLabels },
});

ruleTester(labelMissing, {
  valid: [
    df('FROM debian'),
    { code: df('FROM debian', 'LABEL owner=team'), options: schema({ owner: 'text' }) },
  ],
  invalid: [
    {
      code: df('FROM debian AS b', 'FROM debian'),
      errors: [
        { line: 2, column: 1, endLine: 2, endColumn: 12, messageId: 'labelMissing', data: { name: 'owner' } },
        {
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 12,
          messageId: 'labelMissing',
          data: { name: 'version' },
        },
      ],
      options: schema({ owner: 'text', version: 'semver' }),
    },
  ],
});
