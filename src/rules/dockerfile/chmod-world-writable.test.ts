import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { chmodWorldWritable } from './chmod-world-writable.js';

ruleTester(chmodWorldWritable, {
  valid: [df('FROM debian', 'RUN chmod 755 /app && chmod -R u+rwX,go-w /data && chmod 1775 /shared')],
  invalid: [
    {
      code: df('FROM debian', 'RUN chmod -R 777 /data'),
      errors: [
        {
          line: 2,
          column: 14,
          endLine: 2,
          endColumn: 17,
          messageId: 'worldWritable',
          data: { value: '777' },
        },
      ],
    },
    {
      code: df('FROM debian', 'RUN chmod a+w /data && chmod 0666 /x && chmod o+rw /y'),
      errors: [
        {
          line: 2,
          column: 11,
          endLine: 2,
          endColumn: 14,
          messageId: 'worldWritable',
          data: { value: 'a+w' },
        },
        {
          line: 2,
          column: 30,
          endLine: 2,
          endColumn: 34,
          messageId: 'worldWritable',
          data: { value: '0666' },
        },
        {
          line: 2,
          column: 47,
          endLine: 2,
          endColumn: 51,
          messageId: 'worldWritable',
          data: { value: 'o+rw' },
        },
      ],
    },
  ],
});
