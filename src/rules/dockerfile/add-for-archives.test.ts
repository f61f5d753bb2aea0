import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { addForArchives } from './add-for-archives.js';

ruleTester(addForArchives, {
  valid: [
    df('FROM debian', 'ADD vendor.tar.gz /opt/'),
    df('FROM debian', 'COPY vendor.tar.gz /srv/downloads/'),
  ],
  invalid: [
    {
      code: df(
        'FROM debian',
        'COPY vendor.tgz /tmp/',
        'RUN tar xzf /tmp/vendor.tgz -C /opt && rm /tmp/vendor.tgz',
      ),
      errors: [
        {
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 36,
          messageId: 'wasCopiedThen',
          data: { archive: '/tmp/vendor.tgz' },
        },
      ],
    },
  ],
});
