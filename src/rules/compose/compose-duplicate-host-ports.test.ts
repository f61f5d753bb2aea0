import { ruleTester } from '../../../test/rule-tester.js';
import { composeDuplicateHostPorts } from './compose-duplicate-host-ports.js';

const y = (...lines: string[]) => `${lines.join('\n')}\n`;

ruleTester(composeDuplicateHostPorts, {
  valid: [
    y(
      'services:',
      '  a:',
      '    image: x:1',
      '    ports: ["127.0.0.1:8080:80", "127.0.0.2:8080:80", "8080:80/udp"]',
    ),
    y(
      'services:',
      '  a:',
      '    image: x:1',
      '    ports: ["80"]',
      '  b:',
      '    image: y:1',
      '    ports: ["80"]',
    ),
  ],
  invalid: [
    {
      code: y(
        'services:',
        '  a:',
        '    image: x:1',
        '    ports: ["8080:80"]',
        '  b:',
        '    image: y:1',
        '    ports: ["127.0.0.1:8080:3000"]',
      ),
      errors: [
        {
          line: 7,
          column: 13,
          endLine: 7,
          endColumn: 34,
          messageId: 'portTaken',
          data: { published: '8080', protocol: 'tcp', service: 'a' },
        },
      ],
    },
  ],
});
