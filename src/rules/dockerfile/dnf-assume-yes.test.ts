import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { dnfAssumeYes } from './dnf-assume-yes.js';

ruleTester(dnfAssumeYes, {
  valid: [df('FROM fedora:40', 'RUN microdnf install -y a-1 && microdnf clean all')],
  invalid: [
    {
      name: 'the range stays on dnf install, not the comments of a long package list',
      code: df(
        'FROM fedora:40',
        'RUN dnf install \\',
        '    # the compiler',
        '    gcc-14.2.1 \\',
        '  && dnf clean all',
      ),
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 16,
          message: 'dnf install needs -y: a build cannot answer its prompt',
        },
      ],
    },
    {
      code: df('FROM fedora:40', 'RUN dnf install a-1 && dnf clean all'),
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 16,
          message: 'dnf install needs -y: a build cannot answer its prompt',
        },
      ],
    },
  ],
});
