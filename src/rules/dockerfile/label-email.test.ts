import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { DEFAULT_CONFIG } from '../../lint/settings.js';
import { labelEmail } from './label-email.js';

const schema = (labelSchema: Record<string, string>, strictLabels = false) => ({
  config: { ...DEFAULT_CONFIG, labelSchema, strictLabels },
});

ruleTester(labelEmail, {
  valid: [
    { code: df('FROM debian', 'LABEL x="ops@example.com"'), options: schema({ x: 'email' }) },
    { code: df('ARG V', 'FROM debian', 'LABEL x=$V'), options: schema({ x: 'email' }) },
  ],
  invalid: [
    {
      code: df('FROM debian', 'LABEL x="ops at example"'),
      errors: [
        {
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 25,
          messageId: 'label',
          data: { key: 'x', valueName: 'an email address' },
        },
      ],
      options: schema({ x: 'email' }),
    },
  ],
});
