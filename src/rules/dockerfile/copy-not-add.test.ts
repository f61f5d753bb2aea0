import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { copyNotAdd } from './copy-not-add.js';

ruleTester(copyNotAdd, {
  valid: [
    df('FROM debian', 'ADD https://example.com/file.tgz /tmp/'),
    df('FROM debian', 'ADD vendor.tar.gz /opt/'),
    df('FROM debian', 'ADD --checksum=sha256:abc https://x /y'),
    df('FROM debian', 'COPY . /app'),
  ],
  invalid: [
    {
      code: df('FROM debian', 'ADD requirements.txt /usr/src/app/'),
      errors: [
        {
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 4,
          message: 'ADD of local files: use COPY, which does not extract archives behind your back',
        },
      ],
      output: df('FROM debian', 'COPY requirements.txt /usr/src/app/'),
    },
    {
      code: df('FROM debian', 'add --chown=1000 ["a b", "/c/"]'),
      errors: [
        {
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 4,
          message: 'ADD of local files: use COPY, which does not extract archives behind your back',
        },
      ],
      output: df('FROM debian', 'copy --chown=1000 ["a b", "/c/"]'),
    },
  ],
});
