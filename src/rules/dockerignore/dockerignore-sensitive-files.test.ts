import { ruleTester } from '../../../test/rule-tester.js';
import { dockerignoreSensitiveFiles } from './dockerignore-sensitive-files.js';

ruleTester(dockerignoreSensitiveFiles, {
  valid: ['**/.git\n**/.env*\n', '.git\n.env\n.env.*\n'],
  invalid: [
    {
      code: '.git\n',
      errors: [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 5,
          message: '.env, .env.local, .env.production would be sent in the build context: exclude them',
        },
      ],
    },
    {
      name: 're-included',
      code: '.git\n.env*\n!.env.production\n',
      errors: [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 5,
          message: '.env.production would be sent in the build context: exclude them',
        },
      ],
    },
    {
      name: 'empty file',
      code: '# nothing yet\n',
      errors: [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 1,
          message: '.git, .env, .env.local, .env.production would be sent in the build context: exclude them',
        },
      ],
    },
  ],
});
