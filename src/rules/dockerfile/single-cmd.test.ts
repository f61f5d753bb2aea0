import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { singleCmd } from './single-cmd.js';

ruleTester(singleCmd, {
  valid: [df('FROM debian AS a', 'CMD ["a"]', 'FROM debian', 'CMD ["b"]')],
  invalid: [
    {
      code: df('FROM debian', 'CMD ["a"]', 'CMD ["b"]'),
      errors: [
        {
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 10,
          messageId: 'ignored',
          data: { keyword: 'CMD' },
        },
      ],
    },
  ],
});
