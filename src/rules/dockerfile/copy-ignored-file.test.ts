import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { parseDockerignore } from '../../parse/dockerignore.js';
import { copyIgnoredFile } from './copy-ignored-file.js';

ruleTester(copyIgnoredFile, {
  valid: [
    { code: df('FROM node:20', 'COPY src/ ./src/'), options: { dockerignore: parseDockerignore('dist\n') } },
  ],
  invalid: [
    {
      name: 'each excluded source, not the re-included one',
      code: df('FROM node:20', 'COPY dist/ config.json package.json /app/'),
      errors: [
        {
          line: 2,
          column: 6,
          endLine: 2,
          endColumn: 11,
          message: 'dist/ is excluded by .dockerignore line 1 (dist), so it is not in the build context',
        },
        {
          line: 2,
          column: 12,
          endLine: 2,
          endColumn: 23,
          message:
            'config.json is excluded by .dockerignore line 2 (*.json), so it is not in the build context',
        },
      ],
      options: { dockerignore: parseDockerignore('dist\n*.json\n!package.json\n') },
    },
  ],
});
