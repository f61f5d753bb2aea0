import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { aptPinVersions } from './apt-pin-versions.js';

ruleTester(aptPinVersions, {
  valid: [
    df('FROM debian', 'RUN apt-get install -y python=2.7'),
    df('FROM debian', 'RUN apt-get install -y ./local.deb /tmp/other.deb'),
    df('FROM debian', 'RUN apt-get install -y -t bookworm-backports curl=8.0'),
    df('FROM debian', 'RUN apt-get install -y "$PACKAGES"'),
    df('FROM debian', '# hadolint ignore=DL3008', 'RUN apt-get install -y curl'),
    df('FROM debian', '# shipshape-ignore apt-pin-versions', 'RUN apt-get install -y curl'),
  ],
  invalid: [
    {
      code: df('FROM debian', 'RUN apt-get install -y python'),
      errors: [
        {
          line: 2,
          column: 24,
          endLine: 2,
          endColumn: 30,
          messageId: 'pin',
          data: { name: 'python' },
        },
      ],
    },
    {
      code: df('FROM debian', 'RUN apt-get install -y curl=8.0 git vim'),
      errors: [
        {
          line: 2,
          column: 33,
          endLine: 2,
          endColumn: 36,
          messageId: 'pin',
          data: { name: 'git' },
        },
        {
          line: 2,
          column: 37,
          endLine: 2,
          endColumn: 40,
          messageId: 'pin',
          data: { name: 'vim' },
        },
      ],
    },
    {
      name: 'a pragma covers only the next instruction',
      code: df(
        'FROM debian',
        '# hadolint ignore=DL3008',
        'RUN apt-get install -y a=1',
        'RUN apt-get install -y curl',
      ),
      errors: [
        {
          line: 4,
          column: 24,
          endLine: 4,
          endColumn: 28,
          messageId: 'pin',
          data: { name: 'curl' },
        },
      ],
    },
  ],
});
