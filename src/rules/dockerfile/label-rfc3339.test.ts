import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { DEFAULT_CONFIG } from '../../lint/settings.js';
import { labelRfc3339 } from './label-rfc3339.js';

const schema = (labelSchema: Record<string, string>, strictLabels = false) => ({
  config: { ...DEFAULT_CONFIG, labelSchema, strictLabels },
});

ruleTester(labelRfc3339, {
  valid: [
    { code: df('FROM debian', 'LABEL x="2026-11-24T09:00:00+01:00"'), options: schema({ x: 'rfc3339' }) },
    { code: df('ARG V', 'FROM debian', 'LABEL x=$V'), options: schema({ x: 'rfc3339' }) },
  ],
  invalid: [
    {
      code: df('FROM debian', 'LABEL x="2026-11-24"'),
      errors: [
        {
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 21,
          messageId: 'label',
          data: { key: 'x', valueName: 'an RFC 3339 time' },
        },
      ],
      options: schema({ x: 'rfc3339' }),
    },
  ],
});
