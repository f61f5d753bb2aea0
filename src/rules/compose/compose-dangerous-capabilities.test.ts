import { ruleTester } from '../../../test/rule-tester.js';
import { composeDangerousCapabilities } from './compose-dangerous-capabilities.js';

const y = (...lines: string[]) => `${lines.join('\n')}\n`;

ruleTester(composeDangerousCapabilities, {
  valid: [y('services:', '  a:', '    image: x:1', '    cap_add: [NET_BIND_SERVICE, CHOWN]')],
  invalid: [
    {
      code: y(
        'services:',
        '  a:',
        '    image: x:1',
        '    cap_add:',
        '      - CAP_SYS_ADMIN',
        '      - NET_BIND_SERVICE',
        '      - all',
      ),
      errors: [
        {
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 22,
          messageId: 'capability',
          data: { cap: 'SYS_ADMIN', name: 'a' },
        },
        {
          line: 7,
          column: 9,
          endLine: 7,
          endColumn: 12,
          messageId: 'capability',
          data: { cap: 'ALL', name: 'a' },
        },
      ],
    },
  ],
});
