import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { zypperNoDistUpgrade } from './zypper-no-dist-upgrade.js';

ruleTester(zypperNoDistUpgrade, {
  valid: [df('FROM opensuse/leap:15.6', 'RUN zypper refresh')],
  invalid: [
    {
      code: df('FROM opensuse/leap:15.6', 'RUN zypper dup'),
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 15,
          message: 'do not dist-upgrade in a build: move to a newer base image instead',
        },
      ],
    },
  ],
});
