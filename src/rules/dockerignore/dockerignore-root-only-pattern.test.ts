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
          message:
            'node_modules matches only at the root of the context; **/node_modules matches it everywhere',
        },
        {
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 12,
          message:
            '__pycache__ matches only at the root of the context; **/__pycache__ matches it everywhere',
        },
        {
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 6,
          message: '*.log matches only at the root of the context; **/*.log matches it everywhere',
        },
      ],
    },
  ],
});
