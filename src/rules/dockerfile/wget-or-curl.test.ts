import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { wgetOrCurl } from './wget-or-curl.js';

ruleTester(wgetOrCurl, {
  valid: [
    {
      name: 'wget in a build stage, curl in the final one',
      code: df(
        'FROM debian AS fetch',
        'RUN wget -q https://example.com/a',
        'FROM debian',
        'RUN curl -fsSLO https://example.com/b',
      ),
    },
    df('FROM debian', 'RUN curl -O a && curl -O b'),
  ],
  invalid: [
    {
      code: df('FROM debian', 'RUN wget -q a', 'RUN curl -fO b && curl -fO c'),
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 14,
          message: 'this stage uses both wget and curl: pick one',
        },
      ],
    },
  ],
});
