import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { healthcheckMissing } from './healthcheck-missing.js';

ruleTester(healthcheckMissing, {
  valid: [
    df('FROM node:20', 'EXPOSE 3000', 'HEALTHCHECK CMD ["node", "probe.js"]'),
    df('FROM node:20', 'CMD ["node", "worker.js"]'),
    df('FROM node:20 AS base', 'HEALTHCHECK CMD ["x"]', 'FROM base', 'EXPOSE 80'),
  ],
  invalid: [
    {
      code: df('FROM node:20 AS build', 'HEALTHCHECK CMD ["x"]', 'FROM node:20', 'EXPOSE 3000'),
      errors: [
        {
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 13,
          messageId: 'noHealthcheck',
          data: { rest: '3000' },
        },
      ],
    },
  ],
});
