import { ruleTester } from '../../../test/rule-tester.js';
import { stackUnsupportedKeys } from './stack-unsupported-keys.js';

const y = (...lines: string[]) => `${lines.join('\n')}\n`;

const stack = { configRelativePath: 'docker-stack.yml' };

ruleTester(stackUnsupportedKeys, {
  valid: [
    {
      code: y(
        'version: "3.8"',
        'services:',
        '  api:',
        '    image: api:1.0',
        '    deploy:',
        '      replicas: 2',
      ),
      options: stack,
    },
    // compose.yaml may use all of them.
    {
      code: y('name: shop', 'services:', '  api:', '    build: .', '    restart: always'),
      options: { configRelativePath: 'compose.yaml' },
    },
  ],
  invalid: [
    {
      name: 'a build with no image cannot deploy',
      code: y('version: "3.8"', 'services:', '  api:', '    build: .'),
      errors: [
        {
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 10,
          message:
            'api has a build and no image: docker stack deploy cannot start it; Swarm pulls images and builds nothing: push the image and name it with image:',
        },
      ],

      options: stack,
    },
    {
      name: 'keys refused or ignored',
      code: y(
        'version: "3.8"',
        'name: shop',
        'services:',
        '  api:',
        '    image: api:1.0',
        '    restart: always',
        '    depends_on: [db]',
        '    security_opt: [no-new-privileges:true]',
        '  db:',
        '    image: postgres:17',
      ),
      errors: [
        {
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 5,
          message:
            'name: the stack is named on the command line: docker stack deploy -c docker-stack.yml <name>',
        },
        {
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 12,
          message: 'api: restart: Swarm ignores it: use deploy.restart_policy',
        },
        {
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 15,
          message: 'api: depends_on: Swarm starts services in any order: make the app retry its connections',
        },
        { line: 8, column: 5, endLine: 8, endColumn: 17, message: 'api: security_opt: Swarm ignores it' },
      ],
      options: stack,
    },
  ],
});
