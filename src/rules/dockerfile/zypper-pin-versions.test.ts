import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { zypperPinVersions } from './zypper-pin-versions.js';

ruleTester(zypperPinVersions, {
  valid: [df('FROM opensuse/leap:15.6', 'RUN zypper install -y "a>=1" && zypper clean')],
  invalid: [
    {
      code: df('FROM opensuse/leap:15.6', 'RUN zypper in -y a && zypper cc'),
      errors: [
        {
          line: 2,
          column: 18,
          endLine: 2,
          endColumn: 19,
          message: 'pin the version of a (<package>=<version>)',
        },
      ],
    },
  ],
});
