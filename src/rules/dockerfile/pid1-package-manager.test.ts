import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { pid1PackageManager } from './pid1-package-manager.js';

ruleTester(pid1PackageManager, {
  valid: [
    df('FROM node:20', 'CMD ["node", "server.js"]'),
    df('FROM node:20', 'ENTRYPOINT ["tini", "--"]', 'CMD ["npm", "start"]'),
    df('FROM node:20 AS dev', 'CMD ["npm", "run", "dev"]', 'FROM node:20', 'CMD ["node", "dist/main.js"]'),
    df('FROM node:20', 'CMD ["npm", "--version"]'),
  ],
  invalid: [
    {
      code: df('FROM node:20', 'CMD ["npm", "start"]'),
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 21,
          messageId: 'pidDoesPass',
          data: { program: 'npm' },
        },
      ],
    },
    {
      code: df('FROM node:20', 'CMD yarn start'),
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 15,
          messageId: 'pidDoesPass',
          data: { program: 'yarn' },
        },
      ],
    },
    {
      code: df('FROM node:20', 'ENTRYPOINT ["pnpm", "run", "serve"]'),
      errors: [
        {
          line: 2,
          column: 12,
          endLine: 2,
          endColumn: 36,
          messageId: 'pidDoesPass',
          data: { program: 'pnpm' },
        },
      ],
    },
  ],
});
