import { ruleTester } from '../../../test/rule-tester.js';
import { composeSchema } from './compose-schema.js';

const y = (...lines: string[]) => `${lines.join('\n')}\n`;

ruleTester(composeSchema, {
  valid: [
    y('services:', '  web:', '    image: nginx:1.27', '    ports: ["80:80"]', 'x-anything: { free: form }'),
    // An override file unsets what the base file set: the merge tags are Compose's, not a type error.
    y(
      'services:',
      '  db:',
      '    image: mysql:8.4',
      '    environment:',
      '      MYSQL_RANDOM_ROOT_PASSWORD: "yes"',
      '      MARIADB_ALLOW_EMPTY_ROOT_PASSWORD: "no"',
    ),
    y(
      'services:',
      '  db:',
      '    environment:',
      '      POSTGRES_PASSWORD: !reset null',
      '    ports: !reset []',
    ),
  ],
  invalid: [
    {
      code: y(
        'services:',
        '  web:',
        '    image: nginx:1.27',
        '    healthcheck:',
        '      test: 42',
        '    enviroment: {}',
      ),
      errors: [
        {
          line: 5,
          column: 13,
          endLine: 5,
          endColumn: 15,
          message: 'services.web.healthcheck.test must be string',
        },
        {
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 15,
          message: "services.web.enviroment additional property 'enviroment' is not allowed",
        },
      ],
    },
  ],
});
