import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { noSudo } from './no-sudo.js';

ruleTester(noSudo, {
  valid: [df('FROM debian', 'RUN pseudo-tool sudo')],
  invalid: [
    {
      code: df('FROM debian', 'RUN sudo apt-get install'),
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 25,
          message: 'do not use sudo: switch USER for the steps that need root',
        },
      ],
    },
    {
      code: df('FROM debian', 'RUN make && sudo make install'),
      errors: [
        {
          line: 2,
          column: 13,
          endLine: 2,
          endColumn: 30,
          message: 'do not use sudo: switch USER for the steps that need root',
        },
      ],
    },
  ],
});
