import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { singleHealthcheck } from './single-healthcheck.js';

ruleTester(singleHealthcheck, {
  valid: [df('FROM debian', 'HEALTHCHECK NONE')],
  invalid: [
    {
      code: df('FROM debian', 'HEALTHCHECK CMD ["a"]', 'HEALTHCHECK NONE'),
      errors: [
        {
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 22,
          messageId: 'ignored',
          data: { keyword: 'HEALTHCHECK' },
        },
      ],
    },
  ],
});
