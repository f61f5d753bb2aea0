import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { legacyKeyValue } from './legacy-key-value.js';

ruleTester(legacyKeyValue, {
  valid: [df('FROM debian', 'ENV A=1 B="two words"'), df('FROM debian', 'LABEL a=b')],
  invalid: [
    {
      code: df('FROM debian', 'ENV GREETING hello world'),
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 25,
          message: 'use ENV GREETING=<value> instead of the legacy space-separated form',
        },
      ],
      output: df('FROM debian', 'ENV GREETING="hello world"'),
    },
    {
      code: df('FROM debian', 'LABEL version 1.0'),
      errors: [
        {
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 18,
          message: 'use LABEL version=<value> instead of the legacy space-separated form',
        },
      ],
      output: df('FROM debian', 'LABEL version=1.0'),
    },
  ],
});
