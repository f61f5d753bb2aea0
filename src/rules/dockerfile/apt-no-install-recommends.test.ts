import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { aptNoInstallRecommends } from './apt-no-install-recommends.js';

ruleTester(aptNoInstallRecommends, {
  valid: [
    df('FROM debian', 'RUN apt-get install -y --no-install-recommends curl'),
    df('FROM debian', 'RUN apt-get install -y -o APT::Install-Recommends=false curl'),
    df('FROM debian', 'RUN apt-get update'),
  ],
  invalid: [
    {
      code: df('FROM debian', 'RUN apt-get update && apt-get install -y curl'),
      errors: [
        {
          line: 2,
          column: 23,
          endLine: 2,
          endColumn: 46,
          message:
            'add --no-install-recommends so apt installs only what was asked for (a suggestion: --fix-suggestions)',
        },
      ],
      suggestions: df('FROM debian', 'RUN apt-get update && apt-get install --no-install-recommends -y curl'),
    },
    {
      name: 'continuation keeps its comment',
      code: df('FROM debian', 'RUN apt-get update \\', '  # tools we need', '  && apt-get install -y curl'),
      errors: [
        {
          line: 4,
          column: 6,
          endLine: 4,
          endColumn: 29,
          message:
            'add --no-install-recommends so apt installs only what was asked for (a suggestion: --fix-suggestions)',
        },
      ],
      suggestions: df(
        'FROM debian',
        'RUN apt-get update \\',
        '  # tools we need',
        '  && apt-get install --no-install-recommends -y curl',
      ),
    },
  ],
});
