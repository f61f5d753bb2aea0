import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { useShellInstruction } from './use-shell-instruction.js';

ruleTester(useShellInstruction, {
  valid: [df('FROM debian', 'RUN ln -s /usr/bin/python3 /usr/bin/python')],
  invalid: [
    {
      code: df('FROM debian', 'RUN ln -sfv /bin/bash /bin/sh'),
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 30,
          message: 'use SHELL to change the build shell instead of replacing /bin/sh',
        },
      ],
    },
  ],
});
