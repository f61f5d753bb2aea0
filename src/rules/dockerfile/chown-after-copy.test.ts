import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { chownAfterCopy } from './chown-after-copy.js';

ruleTester(chownAfterCopy, {
  valid: [
    df('FROM node:20', 'COPY --chown=1000:1000 . /app'),
    df('FROM node:20', 'RUN mkdir /data && chown -R 1000 /data'),
  ],
  invalid: [
    {
      code: df('FROM node:20', 'COPY . /app', 'RUN chown -R node:node /app'),
      errors: [
        {
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 28,
          message: 'chown -R after COPY stores the files twice: use COPY --chown instead',
        },
      ],
    },
  ],
});
