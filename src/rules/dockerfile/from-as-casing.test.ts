import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { fromAsCasing } from './from-as-casing.js';

ruleTester(fromAsCasing, {
  valid: [df('FROM debian AS base'), df('from debian as base')],
  invalid: [
    {
      code: df('FROM debian as base'),
      errors: [
        {
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 15,
          messageId: 'casing',
          data: { raw: 'as', keywordText: 'FROM' },
        },
      ],
      output: df('FROM debian AS base'),
    },
    {
      code: df('from debian AS base'),
      errors: [
        {
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 15,
          messageId: 'casing',
          data: { raw: 'AS', keywordText: 'from' },
        },
      ],
      output: df('from debian as base'),
    },
  ],
});
