import { ruleTester } from '../../../test/rule-tester.js';
import { dockerignoreRootOnlyPattern } from './dockerignore-root-only-pattern.js';
import { dockerignoreSensitiveFiles } from './dockerignore-sensitive-files.js';

ruleTester(dockerignoreRootOnlyPattern, {
  valid: ['**/node_modules\n**/*.pyc\nsrc/generated\n!node_modules/keep\n', 'README.md\n'],
  invalid: [{ code: 'node_modules\n# caches\n__pycache__\n*.log\n', lines: [1, 3, 4] }],
});

ruleTester(dockerignoreSensitiveFiles, {
  valid: ['**/.git\n**/.env*\n', '.git\n.env\n.env.*\n'],
  invalid: [
    { code: '.git\n', lines: [1], message: '.env' },
    { name: 're-included', code: '.git\n.env*\n!.env.production\n', lines: [1], message: '.env.production' },
    { name: 'empty file', code: '# nothing yet\n', lines: [1] },
  ],
});
