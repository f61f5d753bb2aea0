import { ruleTester } from '../../../test/rule-tester.js';
import { composeHealthyDependency } from './compose-healthy-dependency.js';

const y = (...lines: string[]) => `${lines.join('\n')}\n`;

const base = y(
  'services:',
  '  db:',
  '    image: postgres:17',
  '    healthcheck:',
  '      test: ["CMD-SHELL", "pg_isready -U postgres"]',
);

ruleTester(composeHealthyDependency, {
  valid: [
    {
      name: 'the healthcheck is in the base file an override is loaded with',
      code: y(
        'services:',
        '  api:',
        '    image: api:1',
        '    depends_on:',
        '      db:',
        '        condition: service_healthy',
        '  db:',
        '    environment: { POSTGRES_PASSWORD_FILE: /run/secrets/pw }',
      ),
      options: {
        absolutePath: '/app/compose.override.yaml',
        configRelativePath: 'compose.override.yaml',
        readFile: (file: string) => (file === '/app/compose.yaml' ? base : undefined),
      },
    },
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
          messageId: 'neverHealthy',
          data: { dependency: 'b' },
        },
      ],
    },
  ],
});
