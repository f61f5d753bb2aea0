import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { addUrlChecksum } from './add-url-checksum.js';

ruleTester(addUrlChecksum, {
  valid: [
    df('FROM debian', 'ADD --checksum=sha256:abc https://x/y /y'),
    df('FROM debian', 'ADD a.tar.gz /opt/'),
  ],
  invalid: [
    {
      code: df('FROM debian', 'ADD https://x/y.tar.gz /opt/'),
      errors: [
        {
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 29,
          messageId: 'unverified',
          data: { url: 'https://x/y.tar.gz' },
        },
      ],
    },
  ],
});
