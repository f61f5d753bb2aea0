import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { lastUserNotRoot } from './last-user-not-root.js';

ruleTester(lastUserNotRoot, {
  valid: [
    df('FROM debian', 'USER root', 'RUN make', 'USER 10001'),
    df('FROM debian AS build', 'USER root', 'FROM debian', 'USER app'),
    df('FROM debian'),
  ],
  invalid: [
    {
      code: df('FROM debian', 'USER root'),
      errors: [
        {
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 10,
          message: 'the image ends as root: switch to an unprivileged USER last',
        },
      ],
    },
    {
      code: df('FROM debian', 'USER 10001', 'USER 0:0'),
      errors: [
        {
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 9,
          message: 'the image ends as root: switch to an unprivileged USER last',
        },
      ],
    },
  ],
});
