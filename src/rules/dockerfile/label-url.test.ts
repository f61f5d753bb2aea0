import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { DEFAULT_CONFIG } from '../../lint/settings.js';
import { labelUrl } from './label-url.js';

const schema = (labelSchema: Record<string, string>, strictLabels = false) => ({
  config: { ...DEFAULT_CONFIG, labelSchema, strictLabels },
});

ruleTester(labelUrl, {
  valid: [
    { code: df('FROM debian', 'LABEL x="https://example.com/app"'), options: schema({ x: 'url' }) },
    { code: df('ARG V', 'FROM debian', 'LABEL x=$V'), options: schema({ x: 'url' }) },
  ],
  invalid: [
    {
      code: df('FROM debian', 'LABEL x="example.com"'),
      errors: [
        {
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 22,
          messageId: 'label',
          data: { key: 'x', valueName: 'a valid URL' },
        },
      ],
      options: schema({ x: 'url' }),
    },
  ],
});
