import { ruleTester } from '../../../test/rule-tester.js';
import { composeLogRotation } from './compose-log-rotation.js';

const y = (...lines: string[]) => `${lines.join('\n')}\n`;

const prod = { configRelativePath: 'compose.prod.yaml' };

ruleTester(composeLogRotation, {
  valid: [
    { code: y('services:', '  a:', '    image: x:1', '    logging: { driver: local }'), options: prod },
  ],
  invalid: [
    {
      code: y('services:', '  a:', '    image: x:1', '    logging: { driver: json-file }'),
      errors: [
        {
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 4,
          messageId: 'unboundedLogs',
          data: { name: 'a' },
        },
      ],
      options: prod,
    },
  ],
});
