import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { consecutiveRun } from './consecutive-run.js';

ruleTester(consecutiveRun, {
  valid: [
    df('FROM debian', 'RUN a && b'),
    df('FROM debian', 'RUN a', 'RUN --mount=type=cache,target=/c b'),
    df('FROM debian', 'RUN a', 'ENV X=1', 'RUN b'),
  ],
  invalid: [
    {
      code: df('FROM debian', 'RUN a', 'RUN b', 'RUN c'),
      errors: [
        {
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 4,
          messageId: 'consecutive',
          data: { line: '2' },
        },
        {
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 4,
          messageId: 'consecutive',
          data: { line: '3' },
        },
      ],
    },
  ],
});
