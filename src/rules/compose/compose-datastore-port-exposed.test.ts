import { ruleTester } from '../../../test/rule-tester.js';
import { composeDatastorePortExposed } from './compose-datastore-port-exposed.js';

const y = (...lines: string[]) => `${lines.join('\n')}\n`;

ruleTester(composeDatastorePortExposed, {
  valid: [
    y('services:', '  db:', '    image: postgres:16', '    ports: ["127.0.0.1:5432:5432"]'),
    y('services:', '  db:', '    image: postgres:16'),
    y('services:', '  web:', '    image: nginx:1.27', '    ports: ["80:80"]'),
    y(
      'services:',
      '  db:',
      '    image: docker.io/library/redis:7',
      '    ports:',
      '      - target: 6379',
      '        published: "6379"',
      '        host_ip: 127.0.0.1',
    ),
  ],
  invalid: [
    {
      code: y('services:', '  db:', '    image: postgres:16', '    ports: ["5432:5432"]'),
      errors: [
        {
          line: 4,
          column: 13,
          endLine: 4,
          endColumn: 24,
          message: 'db (postgres) is published on all interfaces: bind it to 127.0.0.1 or drop the mapping',
        },
      ],
    },
    {
      code: y(
        'services:',
        '  cache:',
        '    image: bitnami/redis:7.4',
        '    ports:',
        '      - "0.0.0.0:6379:6379"',
        '      - 6380',
      ),
      errors: [
        {
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 28,
          message: 'cache (redis) is published on all interfaces: bind it to 127.0.0.1 or drop the mapping',
        },
        {
          line: 6,
          column: 9,
          endLine: 6,
          endColumn: 13,
          message: 'cache (redis) is published on all interfaces: bind it to 127.0.0.1 or drop the mapping',
        },
      ],
    },
  ],
});
