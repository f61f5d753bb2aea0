import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { noMaintainer } from './no-maintainer.js';

ruleTester(noMaintainer, {
  valid: [df('FROM debian', 'LABEL maintainer="x"')],
  invalid: [
    {
      code: df('FROM debian', 'MAINTAINER Lukas Martinelli <me@lukasmartinelli.ch>'),
      errors: [
        {
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 52,
          message: 'MAINTAINER is deprecated: use LABEL org.opencontainers.image.authors',
        },
      ],
      output: df(
        'FROM debian',
        'LABEL org.opencontainers.image.authors="Lukas Martinelli <me@lukasmartinelli.ch>"',
      ),
    },
  ],
});
