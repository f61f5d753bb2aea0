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
          message: 'mode 777 makes files writable by every user',
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
          message: 'mode a+w makes files writable by every user',
        },
        {
          line: 2,
          column: 30,
          endLine: 2,
          endColumn: 34,
          message: 'mode 0666 makes files writable by every user',
        },
        {
          line: 2,
          column: 47,
          endLine: 2,
          endColumn: 51,
          message: 'mode o+rw makes files writable by every user',
        },
      ],
    },
  ],
});
