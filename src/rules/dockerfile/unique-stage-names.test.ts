import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { uniqueStageNames } from './unique-stage-names.js';

ruleTester(uniqueStageNames, {
  valid: [df('FROM debian AS a', 'FROM debian AS b')],
  invalid: [
    {
      code: df('FROM node as foo', 'RUN something', 'FROM scratch as foo', 'RUN something'),
      errors: [
        {
          line: 3,
          column: 17,
          endLine: 3,
          endColumn: 20,
          messageId: 'duplicate',
          data: { name: 'foo' },
        },
      ],
    },
  ],
});
