import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { wgetProgress } from './wget-progress.js';

ruleTester(wgetProgress, {
  valid: [
    df('FROM debian', 'RUN wget --progress=dot:giga https://x'),
    df('FROM debian', 'RUN wget -qO- https://x'),
    df('FROM debian', 'RUN wget -nv https://x'),
  ],
  invalid: [
    {
      code: df('FROM debian', 'RUN wget https://x'),
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 19,
          message: 'wget without --progress floods the build log: add --progress=dot:giga or -q',
        },
      ],
    },
  ],
});
