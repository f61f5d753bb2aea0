import { ruleTester } from '../../../test/rule-tester.js';
import { composeRestartPolicy } from './compose-restart-policy.js';

const y = (...lines: string[]) => `${lines.join('\n')}\n`;

const prod = { configRelativePath: 'compose.prod.yaml' };

ruleTester(composeRestartPolicy, {
  valid: [
    {
      code: y(
        'services:',
        '  a:',
        '    image: x:1',
        '    deploy: { restart_policy: { condition: on-failure } }',
      ),
      options: prod,
    },
  ],
  invalid: [
    {
      code: y('services:', '  a:', '    image: x:1', '    restart: "no"'),
      errors: [
        {
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 4,
          messageId: 'noRestart',
          data: { name: 'a' },
        },
      ],
      options: prod,
    },
  ],
});
