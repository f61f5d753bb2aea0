import { ruleTester } from '../../../test/rule-tester.js';
import { composeReferences } from './compose-references.js';

const y = (...lines: string[]) => `${lines.join('\n')}\n`;

ruleTester(composeReferences, {
  valid: [y('services:', '  a:', '    image: x:1', '  b:', '    extends: a')],
  invalid: [
    {
      code: y('services:', '  b:', '    image: x:1', '    extends: { service: nope }'),
      errors: [
        {
          line: 4,
          column: 14,
          endLine: 4,
          endColumn: 31,
          message: 'extends names service "nope", which is not defined',
        },
      ],
    },
  ],
});
