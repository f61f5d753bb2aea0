import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { noApt } from './no-apt.js';

ruleTester(noApt, {
  valid: [df('FROM debian', 'RUN apt-get install -y curl && apt-cache policy curl')],
  invalid: [
    {
      code: df('FROM debian', 'RUN apt install -y python'),
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 26,
          message: 'use apt-get (or apt-cache) instead of apt, which has no stable interface for scripts',
        },
      ],
    },
  ],
});
