import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { zypperNonInteractive } from './zypper-non-interactive.js';

ruleTester(zypperNonInteractive, {
  valid: [df('FROM opensuse/leap:15.6', 'RUN zypper --non-interactive install a=1 && zypper clean')],
  invalid: [
    {
      code: df('FROM opensuse/leap:15.6', 'RUN zypper install a=1 && zypper clean'),
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 19,
          message: 'zypper install needs -y: a build cannot answer its prompt',
        },
      ],
    },
  ],
});
