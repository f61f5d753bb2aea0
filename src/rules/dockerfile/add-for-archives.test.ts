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
    {
      // Windows paths, as hadolint's specs write them: `\` separators and a quoted folder with a space.
      code: df(
        'FROM mcr.microsoft.com/windows/servercore:ltsc2022',
        'COPY build\\foo\\bar.tar.gz "C:\\Program Files\\Foo"',
        'RUN tar -xf "C:\\Program Files\\Foo\\bar.tar.gz"',
      ),
      errors: [
        {
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 46,
          messageId: 'wasCopiedThen',
          data: { archive: 'C:\\Program Files\\Foo\\bar.tar.gz' },
        },
      ],
    },
    {
      // Copied under a new name, then extracted by that name from the working directory.
      code: df('FROM debian', 'WORKDIR /src', 'COPY build/bar.tar.gz ./foo.tar.gz', 'RUN tar -xf foo.tar.gz'),
      errors: [
        {
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 23,
          messageId: 'wasCopiedThen',
          data: { archive: 'foo.tar.gz' },
        },
      ],
    },
  ],
});
