import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { useraddLargeUid } from './useradd-large-uid.js';

ruleTester(useraddLargeUid, {
  valid: [df('FROM debian', 'RUN useradd -u 10001 app'), df('FROM debian', 'RUN useradd -l -u 1000000 app')],
  invalid: [
    {
      code: df('FROM debian', 'RUN useradd --uid 1000000 app'),
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 30,
          messageId: 'largeUid',
          data: { uid: '1000000' },
        },
      ],
    },
  ],
});
