import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { dnfPinVersions } from './dnf-pin-versions.js';

ruleTester(dnfPinVersions, {
  valid: [],
  invalid: [
    {
      code: df('FROM fedora:40', 'RUN dnf install -y a && dnf clean all'),
      errors: [
        {
          line: 2,
          column: 20,
          endLine: 2,
          endColumn: 21,
          message: 'pin the version of a (<package>-<version>)',
        },
      ],
    },
  ],
});
