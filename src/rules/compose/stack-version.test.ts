import { ruleTester } from '../../../test/rule-tester.js';
import { stackVersion } from './stack-version.js';

const y = (...lines: string[]) => `${lines.join('\n')}\n`;

const stack = { configRelativePath: 'docker-stack.yml' };

ruleTester(stackVersion, {
  valid: [
    { code: y('version: "3.8"', 'services: {}'), options: stack },
    { code: y("version: '3'", 'services: {}'), options: stack },
    // Not a stack file: compose-no-version speaks for those.
    { code: y('services: {}'), options: { configRelativePath: 'compose.yaml' } },
  ],
  invalid: [
    {
      code: y('services:', '  web:', '    image: nginx:1.27'),
      errors: [
        {
          line: 1,
          column: 1,
          endLine: 4,
          endColumn: 1,
          message: 'docker stack deploy refuses a stack file without version: add version: "3.8"',
        },
      ],

      options: stack,
    },
    {
      code: y('version: "2.4"', 'services: {}'),
      errors: [
        {
          line: 1,
          column: 10,
          endLine: 1,
          endColumn: 15,
          message: 'version 2.4 is not Compose file format 3, which docker stack deploy reads: use "3.8"',
        },
      ],

      options: stack,
    },
  ],
});
