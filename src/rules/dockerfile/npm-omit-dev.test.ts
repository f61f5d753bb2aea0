import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { npmOmitDev } from './npm-omit-dev.js';

ruleTester(npmOmitDev, {
  valid: [df('FROM node:20', 'RUN npm ci --omit=dev'), df('FROM node:20', 'RUN yarn install --production')],
  invalid: [
    {
      code: df('FROM node:20', 'RUN npm ci --only=production'),
      errors: [
        {
          line: 2,
          column: 12,
          endLine: 2,
          endColumn: 29,
          messageId: 'deprecated',
          data: { value: '--only=production' },
        },
      ],
      output: df('FROM node:20', 'RUN npm ci --omit=dev'),
    },
    {
      code: df('FROM node:20', 'RUN npm install --production && npm cache clean --force'),
      errors: [
        {
          line: 2,
          column: 17,
          endLine: 2,
          endColumn: 29,
          messageId: 'deprecated',
          data: { value: '--production' },
        },
      ],
      output: df('FROM node:20', 'RUN npm install --omit=dev && npm cache clean --force'),
    },
    {
      code: df('FROM node:20', 'RUN npm prune --production'),
      errors: [
        {
          line: 2,
          column: 15,
          endLine: 2,
          endColumn: 27,
          messageId: 'deprecated',
          data: { value: '--production' },
        },
      ],
      output: df('FROM node:20', 'RUN npm prune --omit=dev'),
    },
  ],
});
