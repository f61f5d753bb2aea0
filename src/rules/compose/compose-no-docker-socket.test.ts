import { ruleTester } from '../../../test/rule-tester.js';
import { composeNoDockerSocket } from './compose-no-docker-socket.js';

const y = (...lines: string[]) => `${lines.join('\n')}\n`;

ruleTester(composeNoDockerSocket, {
  valid: [y('services:', '  a:', '    image: x:1', '    volumes: ["./data:/data", "/run/docker:/x"]')],
  invalid: [
    {
      code: y(
        'services:',
        '  a:',
        '    image: x:1',
        '    volumes:',
        '      - /var/run/docker.sock:/var/run/docker.sock:ro',
      ),
      errors: [
        {
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 53,
          messageId: 'dockerSocket',
          data: { name: 'a' },
        },
      ],
    },
    {
      code: y(
        'services:',
        '  a:',
        '    image: x:1',
        '    volumes:',
        '      - type: bind',
        '        source: /run/docker.sock',
        '        target: /d.sock',
      ),
      errors: [
        {
          line: 5,
          column: 9,
          endLine: 8,
          endColumn: 1,
          messageId: 'dockerSocket',
          data: { name: 'a' },
        },
      ],
    },
  ],
});
