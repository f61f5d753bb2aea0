import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { envSelfReference } from './env-self-reference.js';

ruleTester(envSelfReference, {
  valid: [df('FROM debian', 'ENV A=1', 'ENV B=$A'), df('FROM debian', 'ENV PATH=/x:$PATH')],
  invalid: [
    {
      code: df('FROM debian', 'ENV A=1 B=${A}/bin C=$B'),
      errors: [
        {
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 19,
          message: 'A is defined in this same ENV, so B gets its previous value',
        },
        {
          line: 2,
          column: 20,
          endLine: 2,
          endColumn: 24,
          message: 'B is defined in this same ENV, so C gets its previous value',
        },
      ],
    },
  ],
});
