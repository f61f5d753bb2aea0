import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { reservedStageName } from './reserved-stage-name.js';

ruleTester(reservedStageName, {
  valid: [df('FROM debian AS base')],
  invalid: [
    {
      code: df('FROM debian AS context'),
      errors: [
        {
          line: 1,
          column: 16,
          endLine: 1,
          endColumn: 23,
          messageId: 'reservedName',
          data: { name: 'context' },
        },
      ],
    },
  ],
});
