import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { copyDestinationSlash } from './copy-destination-slash.js';

ruleTester(copyDestinationSlash, {
  valid: [
    df('FROM node:20', 'COPY a b /app/'),
    df('FROM node:20', 'COPY a /app'),
    df('FROM node:20', 'COPY ["a", "b", "/c"]'),
    df('FROM node:20', 'COPY a b $DEST'),
  ],
  invalid: [
    {
      code: df('FROM node:20', 'COPY package.json yarn.lock my_app'),
      errors: [
        {
          line: 2,
          column: 29,
          endLine: 2,
          endColumn: 35,
          message: 'my_app receives 2 sources, so it must end with /',
        },
      ],
      output: df('FROM node:20', 'COPY package.json yarn.lock my_app/'),
    },
  ],
});
