import { ruleTester } from '../../../test/rule-tester.js';
import { composeProductionLimits } from './compose-production-limits.js';

const y = (...lines: string[]) => `${lines.join('\n')}\n`;

const prod = { configRelativePath: 'compose.prod.yaml' };

ruleTester(composeProductionLimits, {
  valid: [
    {
      name: 'a development file is left alone',
      code: y('services:', '  a:', '    image: x:1'),
      options: { configRelativePath: 'compose.yaml' },
    },
    { code: y('services:', '  a:', '    image: x:1', '    mem_limit: 256m'), options: prod },
    {
      name: 'an override that only sets keys',
      code: y('services:', '  a:', '    restart: always'),
      options: prod,
    },
  ],
  invalid: [
    {
      code: y('services:', '  a:', '    image: x:1', '    deploy: { resources: { limits: { cpus: "1" } } }'),
      errors: [
        { line: 2, column: 3, endLine: 2, endColumn: 4, messageId: 'noMemoryLimit', data: { name: 'a' } },
      ],
      options: prod,
    },
  ],
});
