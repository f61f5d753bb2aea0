import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { DEFAULT_CONFIG } from '../../lint/settings.js';
import { labelSuperfluous } from './label-superfluous.js';

const schema = (labelSchema: Record<string, string>, strictLabels = false) => ({
  config: { ...DEFAULT_CONFIG, labelSchema, strictLabels },
});

ruleTester(labelSuperfluous, {
  valid: [{ code: df('FROM debian', 'LABEL owner=x'), options: schema({ owner: 'text' }) }],
  invalid: [
    {
      code: df('FROM debian', 'LABEL owner=x other=y'),
      errors: [
        {
          line: 2,
          column: 15,
          endLine: 2,
          endColumn: 22,
          messageId: 'notInSchema',
          data: { key: 'other' },
        },
      ],
      options: schema({ owner: 'text' }, true),
    },
  ],
});
