import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { undefinedArgInFrom } from './undefined-arg-in-from.js';

ruleTester(undefinedArgInFrom, {
  valid: [
    df('ARG V=20', 'FROM node:${V}'),
    df('FROM node:${V:-20}'),
    df('FROM --platform=$BUILDPLATFORM node:20'),
  ],
  invalid: [
    {
      code: df('FROM node:${V}'),
      errors: [
        {
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 15,
          messageId: 'declaredBeforeFirst',
          data: { name: 'V' },
        },
      ],
    },
    {
      code: df('ARG V', 'FROM node:$V'),
      errors: [
        {
          line: 2,
          column: 6,
          endLine: 2,
          endColumn: 13,
          messageId: 'hasDefaultImage',
          data: { name: 'V' },
        },
      ],
    },
    {
      code: df('FROM node:20', 'ARG V=1', 'FROM node:${V}'),
      errors: [
        {
          line: 3,
          column: 6,
          endLine: 3,
          endColumn: 15,
          messageId: 'declaredBeforeFirst',
          data: { name: 'V' },
        },
      ],
    },
  ],
});
