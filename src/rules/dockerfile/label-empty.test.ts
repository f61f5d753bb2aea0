import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { DEFAULT_CONFIG } from '../../lint/settings.js';
import { labelEmpty } from './label-empty.js';

const schema = (labelSchema: Record<string, string>, strictLabels = false) => ({
  config: { ...DEFAULT_CONFIG, labelSchema, strictLabels },
});

ruleTester(labelEmpty, {
  valid: [{ code: df('FROM debian', 'LABEL other=""'), options: schema({ owner: 'text' }) }],
  invalid: [
    {
      code: df('FROM debian', 'LABEL owner=""'),
      errors: [
        { line: 2, column: 7, endLine: 2, endColumn: 15, messageId: 'labelEmpty', data: { key: 'owner' } },
      ],
      options: schema({ owner: 'text' }),
    },
  ],
});
