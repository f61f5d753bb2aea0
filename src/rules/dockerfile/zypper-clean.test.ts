import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { zypperClean } from './zypper-clean.js';

ruleTester(zypperClean, {
  valid: [],
  invalid: [
    {
      code: df('FROM opensuse/leap:15.6', 'RUN zypper install -y a=1'),
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 26,
          message: 'zypper clean is missing after zypper install in this RUN',
        },
      ],
    },
  ],
});
