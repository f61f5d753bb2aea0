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
          messageId: 'sameEnv',
          data: { used: 'A', key: 'B' },
        },
        {
          line: 2,
          column: 20,
          endLine: 2,
          endColumn: 24,
          messageId: 'sameEnv',
          data: { used: 'B', key: 'C' },
        },
      ],
    },
  ],
});
