import { ruleTester } from '../../../test/rule-tester.js';
import { composeHealthyDependency } from './compose-healthy-dependency.js';

const y = (...lines: string[]) => `${lines.join('\n')}\n`;

ruleTester(composeHealthyDependency, {
  valid: [
    y(
      'services:',
      '  a:',
      '    image: x:1',
      '    depends_on:',
      '      b:',
      '        condition: service_started',
      '  b:',
      '    image: y:1',
    ),
  ],
  invalid: [
    {
      code: y(
        'services:',
        '  a:',
        '    image: x:1',
        '    depends_on:',
        '      b:',
        '        condition: service_healthy',
        '  b:',
        '    image: y:1',
        '    healthcheck:',
        '      disable: true',
      ),
      errors: [
        {
          line: 6,
          column: 20,
          endLine: 6,
          endColumn: 35,
          message: 'b has no healthcheck, so it never becomes healthy',
        },
      ],
    },
  ],
});
