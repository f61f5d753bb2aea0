import { ruleTester } from '../../../test/rule-tester.js';
import { composeNoHostNamespaces } from './compose-no-host-namespaces.js';

const y = (...lines: string[]) => `${lines.join('\n')}\n`;

ruleTester(composeNoHostNamespaces, {
  valid: [y('services:', '  a:', '    image: x:1', '    network_mode: bridge', '    pid: "service:b"')],
  invalid: [
    {
      code: y('services:', '  a:', '    image: x:1', '    network_mode: host', '    pid: host'),
      errors: [
        {
          line: 4,
          column: 19,
          endLine: 4,
          endColumn: 23,
          messageId: 'shares',
          data: { name: 'a', what: 'the host network' },
        },
        {
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 14,
          messageId: 'shares',
          data: { name: 'a', what: 'the host process table' },
        },
      ],
    },
  ],
});
