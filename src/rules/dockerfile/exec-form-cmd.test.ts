import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { execFormCmd } from './exec-form-cmd.js';

ruleTester(execFormCmd, {
  valid: [
    df('FROM node:20', 'CMD ["node", "server.js"]'),
    df('FROM node:20', 'ENTRYPOINT ["tini", "--"]'),
    df('FROM node:20', 'HEALTHCHECK --interval=30s CMD ["curl", "-f", "http://localhost:3000/health"]'),
    {
      name: 'a health check that needs the shell',
      code: df('FROM nginx', 'HEALTHCHECK CMD curl -f http://localhost/ || exit 1'),
    },
    df('FROM node:20', 'HEALTHCHECK NONE'),
  ],
  invalid: [
    {
      name: 'a plain HEALTHCHECK CMD in shell form',
      code: df('FROM node:20', 'HEALTHCHECK --interval=10s CMD node healthcheck.js'),
      errors: [
        {
          line: 2,
          column: 32,
          endLine: 2,
          endColumn: 51,
          message:
            'HEALTHCHECK CMD in shell form starts /bin/sh for every check, and fails in an image without one: use ["node", "healthcheck.js"]',
        },
      ],
      output: df('FROM node:20', 'HEALTHCHECK --interval=10s CMD ["node", "healthcheck.js"]'),
    },
    {
      code: df('FROM node:20', 'CMD node server.js'),
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 19,
          message:
            'CMD in shell form runs under /bin/sh, which does not pass on SIGTERM: use ["node", "server.js"]',
        },
      ],
      output: df('FROM node:20', 'CMD ["node", "server.js"]'),
    },
    {
      name: 'shell syntax: reported, not rewritten',
      code: df('FROM node:20', 'CMD node server.js --port $PORT'),
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 32,
          message: 'CMD in shell form runs under /bin/sh, which does not pass on SIGTERM: use exec form',
        },
      ],
      output: df('FROM node:20', 'CMD node server.js --port $PORT'),
    },
    {
      name: 'invalid JSON is shell form',
      code: df('FROM node:20', "ENTRYPOINT ['node', 'server.js']"),
      errors: [
        {
          line: 2,
          column: 12,
          endLine: 2,
          endColumn: 33,
          message:
            'ENTRYPOINT in shell form runs under /bin/sh, which does not pass on SIGTERM: use exec form',
        },
      ],
      output: null,
    },
    {
      name: 'ONBUILD',
      code: df('FROM node:20', 'ONBUILD CMD npm start'),
      errors: [
        {
          line: 2,
          column: 13,
          endLine: 2,
          endColumn: 22,
          message:
            'CMD in shell form runs under /bin/sh, which does not pass on SIGTERM: use ["npm", "start"]',
        },
      ],
      output: df('FROM node:20', 'ONBUILD CMD ["npm", "start"]'),
    },
  ],
});
