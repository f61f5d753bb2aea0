import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { copyRelativeWithoutWorkdir } from './copy-relative-without-workdir.js';

ruleTester(copyRelativeWithoutWorkdir, {
  valid: [
    df('FROM node:20', 'WORKDIR /app', 'COPY a .'),
    df('FROM node:20', 'COPY a /app/'),
    df('FROM node:20 AS base', 'WORKDIR /app', 'FROM base', 'COPY a .'),
  ],
  invalid: [
    {
      code: df('FROM node:20', 'COPY a ./'),
      errors: [
        {
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 10,
          messageId: 'copyBeforeAny',
          data: { destination: './' },
        },
      ],
    },
  ],
});
