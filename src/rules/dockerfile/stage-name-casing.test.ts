import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { stageNameCasing } from './stage-name-casing.js';

ruleTester(stageNameCasing, {
  valid: [df('FROM debian AS build-env')],
  invalid: [
    {
      code: df('FROM debian AS BuildEnv'),
      errors: [
        {
          line: 1,
          column: 16,
          endLine: 1,
          endColumn: 24,
          messageId: 'lowerCase',
          data: { name: 'BuildEnv' },
        },
      ],
    },
  ],
});
