import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { DEFAULT_CONFIG } from '../../lint/settings.js';
import { labelSpdx } from './label-spdx.js';

const schema = (labelSchema: Record<string, string>, strictLabels = false) => ({
  config: { ...DEFAULT_CONFIG, labelSchema, strictLabels },
});

ruleTester(labelSpdx, {
  valid: [
    { code: df('FROM debian', 'LABEL x="MIT OR Apache-2.0"'), options: schema({ x: 'spdx' }) },
    { code: df('ARG V', 'FROM debian', 'LABEL x=$V'), options: schema({ x: 'spdx' }) },
  ],
  invalid: [
    {
      code: df('FROM debian', 'LABEL x="MIT-ish"'),
      errors: [
        {
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 18,
          messageId: 'label',
          data: { key: 'x', valueName: 'an SPDX license expression' },
        },
      ],
      options: schema({ x: 'spdx' }),
    },
  ],
});
