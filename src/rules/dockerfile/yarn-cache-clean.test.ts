import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { yarnCacheClean } from './yarn-cache-clean.js';

ruleTester(yarnCacheClean, {
  valid: [
    df('FROM node:20', 'RUN yarn install && yarn cache clean'),
    df('FROM node:20', 'RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn'),
    df('FROM node:20', 'RUN yarn build'),
  ],
  invalid: [
    {
      code: df('FROM node:20', 'RUN yarn'),
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 9,
          message: 'yarn keeps its package cache in the layer: add && yarn cache clean',
        },
      ],
    },
  ],
});
