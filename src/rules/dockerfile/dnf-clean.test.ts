import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { dnfClean } from './dnf-clean.js';

ruleTester(dnfClean, {
  valid: [],
  invalid: [
    {
      code: df('FROM fedora:40', 'RUN dnf install -y a-1'),
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 23,
          message: 'dnf clean all is missing after dnf install in this RUN',
        },
      ],
    },
  ],
});
