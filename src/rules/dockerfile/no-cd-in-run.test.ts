import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { noCdInRun } from './no-cd-in-run.js';

ruleTester(noCdInRun, {
  valid: [df('FROM debian', 'WORKDIR /usr/src/app', 'RUN make')],
  invalid: [
    {
      code: df('FROM debian', 'RUN cd /usr/src/app && git clone hello'),
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 20,
          message: 'use WORKDIR to change directory; cd lasts only for this RUN',
        },
      ],
    },
  ],
});
