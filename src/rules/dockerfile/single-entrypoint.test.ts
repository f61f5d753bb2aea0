import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { singleEntrypoint } from './single-entrypoint.js';

ruleTester(singleEntrypoint, {
  valid: [df('FROM debian', 'ENTRYPOINT ["a"]')],
  invalid: [
    {
      code: df('FROM debian', 'ENTRYPOINT ["a"]', 'ENTRYPOINT ["b"]', 'ENTRYPOINT ["c"]'),
      errors: [
        {
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 17,
          messageId: 'ignored',
          data: { keyword: 'ENTRYPOINT' },
        },
        {
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 17,
          messageId: 'ignored',
          data: { keyword: 'ENTRYPOINT' },
        },
      ],
    },
  ],
});
