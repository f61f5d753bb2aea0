import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { instructionCasing } from './instruction-casing.js';

ruleTester(instructionCasing, {
  valid: [df('FROM debian', 'RUN a'), df('from debian', 'run a')],
  invalid: [
    {
      code: df('FROM debian', 'run a', 'Copy a b'),
      errors: [
        {
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 4,
          messageId: 'casing',
          data: { keywordText: 'run', wanted: 'RUN' },
        },
        {
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 5,
          messageId: 'casing',
          data: { keywordText: 'Copy', wanted: 'COPY' },
        },
      ],
      output: df('FROM debian', 'RUN a', 'COPY a b'),
    },
    {
      code: df('from debian', 'run a', 'COPY a b'),
      errors: [
        {
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 5,
          messageId: 'casing',
          data: { keywordText: 'COPY', wanted: 'copy' },
        },
      ],
      output: df('from debian', 'run a', 'copy a b'),
    },
  ],
});
