import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { noEmptyContinuation } from './no-empty-continuation.js';

ruleTester(noEmptyContinuation, {
  valid: [df('FROM debian', 'RUN a \\', '  # a comment line is fine', '  && b')],
  invalid: [
    {
      code: df('FROM debian', 'RUN a \\', '', '  && b'),
      errors: [
        {
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 1,
          message: 'empty line inside a continued instruction',
        },
      ],
      output: df('FROM debian', 'RUN a \\', '  && b'),
    },
  ],
});
