import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { npmPinVersions } from './npm-pin-versions.js';

ruleTester(npmPinVersions, {
  valid: [
    df('FROM node:20', 'RUN npm ci'),
    df('FROM node:20', 'RUN npm install'),
    df('FROM node:20', 'RUN npm install -g pm2@5.4.2 @nestjs/cli@10.4.5'),
    df('FROM node:20', 'RUN npm install ./packages/core git+https://host/repo.git#v1.4.0 file:../x'),
  ],
  invalid: [
    {
      code: df('FROM node:20', 'RUN npm install -g pm2'),
      errors: [
        {
          line: 2,
          column: 20,
          endLine: 2,
          endColumn: 23,
          messageId: 'pin',
          data: { name: 'pm2' },
        },
      ],
    },
    {
      code: df('FROM node:20', 'RUN npm i @nestjs/cli'),
      errors: [
        {
          line: 2,
          column: 11,
          endLine: 2,
          endColumn: 22,
          messageId: 'pin',
          data: { name: '@nestjs/cli' },
        },
      ],
    },
  ],
});
