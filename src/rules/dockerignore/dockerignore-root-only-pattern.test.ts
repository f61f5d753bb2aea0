import { ruleTester } from '../../../test/rule-tester.js';
import { dockerignoreRootOnlyPattern } from './dockerignore-root-only-pattern.js';

ruleTester(dockerignoreRootOnlyPattern, {
  valid: ['**/node_modules\n**/*.pyc\nsrc/generated\n!node_modules/keep\n', 'README.md\n'],
  invalid: [
    {
      code: 'node_modules\n# caches\n__pycache__\n*.log\n',
      errors: [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 13,
          messageId: 'matchesOnlyRoot',
          data: { pattern: 'node_modules' },
        },
        {
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 12,
          messageId: 'matchesOnlyRoot',
          data: { pattern: '__pycache__' },
        },
        {
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 6,
          messageId: 'matchesOnlyRoot',
          data: { pattern: '*.log' },
        },
      ],
    },
  ],
});
