import { ruleTester } from '../../../test/rule-tester.js';
import { composeNoPrivileged } from './compose-no-privileged.js';

const y = (...lines: string[]) => `${lines.join('\n')}\n`;

ruleTester(composeNoPrivileged, {
  valid: [y('services:', '  a:', '    image: x:1', '    privileged: false')],
  invalid: [
    {
      code: y('services:', '  a:', '    image: x:1', '    privileged: true'),
      errors: [
        {
          line: 4,
          column: 17,
          endLine: 4,
          endColumn: 21,
          messageId: 'privileged',
          data: { name: 'a' },
        },
      ],
    },
  ],
});
