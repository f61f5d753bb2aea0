import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { numericUser } from './numeric-user.js';

ruleTester(numericUser, {
  valid: [
    {
      name: 'Windows users have no UID',
      code: df('FROM mcr.microsoft.com/windows/servercore:ltsc2022', 'USER ContainerUser'),
    },
    {
      name: 'Windows detected from the escape directive',
      code: df('# escape=`', 'FROM example.com/base:1', 'USER ContainerUser'),
    },
    df('FROM node:20', 'USER 1000'),
    df('FROM node:20', 'USER 10001:10001'),
    df('FROM node:20', 'USER ${APP_UID}'),
    df('FROM node:20', 'USER root'),
  ],
  invalid: [
    {
      code: df('FROM node:20', 'USER node'),
      errors: [
        {
          line: 2,
          column: 6,
          endLine: 2,
          endColumn: 10,
          messageId: 'nameNotUid',
          data: { name: 'node' },
        },
      ],
    },
    {
      code: df('FROM node:20', 'USER app:app'),
      errors: [
        {
          line: 2,
          column: 6,
          endLine: 2,
          endColumn: 13,
          messageId: 'nameNotUid',
          data: { name: 'app' },
        },
      ],
    },
  ],
});
