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
          message:
            'npm as PID 1 does not pass SIGTERM to the app: start the app directly (e.g. ["node", "server.js"])',
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
          message:
            'yarn as PID 1 does not pass SIGTERM to the app: start the app directly (e.g. ["node", "server.js"])',
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
          message:
            'pnpm as PID 1 does not pass SIGTERM to the app: start the app directly (e.g. ["node", "server.js"])',
        },
      ],
    },
  ],
});
