import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { curlPipeShell } from './curl-pipe-shell.js';

ruleTester(curlPipeShell, {
  valid: [
    df('FROM debian', 'RUN curl -fsSL https://x/tool.tgz | tar -xz'),
    df('FROM debian', 'RUN sh ./install.sh'),
  ],
  invalid: [
    {
      code: df('FROM debian', 'RUN curl -fsSL https://get.example.com | sh'),
      errors: [
        {
          line: 2,
          column: 42,
          endLine: 2,
          endColumn: 44,
          message: 'curl output piped into sh runs unverified code: download, verify a checksum, then run',
        },
      ],
    },
    {
      code: df('FROM debian', 'RUN wget -qO- https://x/install | bash -s -- --yes'),
      errors: [
        {
          line: 2,
          column: 35,
          endLine: 2,
          endColumn: 51,
          message: 'wget output piped into bash runs unverified code: download, verify a checksum, then run',
        },
      ],
    },
  ],
});
