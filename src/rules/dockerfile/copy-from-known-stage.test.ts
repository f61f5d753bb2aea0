import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { copyFromKnownStage } from './copy-from-known-stage.js';

ruleTester(copyFromKnownStage, {
  valid: [
    df('FROM scratch AS build', 'FROM debian', 'COPY --from=build /a /a', 'COPY --from=0 /b /b'),
    df('FROM debian', 'COPY --from=nginx:1.27 /etc/nginx /etc/nginx', 'COPY --from=registry.example/x /y /y'),
  ],
  invalid: [
    {
      name: 'its own alias (DL3023)',
      code: df('FROM debian:jesse as foo', 'COPY --from=foo bar .'),
      errors: [
        {
          line: 2,
          column: 6,
          endLine: 2,
          endColumn: 16,
          messageId: 'copyFromNames',
          data: { value: 'foo' },
        },
      ],
    },
    {
      name: 'a later stage',
      code: df('FROM debian', 'COPY --from=later /a /a', 'FROM debian AS later'),
      errors: [
        {
          line: 2,
          column: 6,
          endLine: 2,
          endColumn: 18,
          messageId: 'fromNamesEarlier',
          data: { value: 'later' },
        },
      ],
    },
    {
      name: 'a typo (DL3022)',
      code: df('FROM debian AS build', 'FROM debian', 'COPY --from=buidl /a /a'),
      errors: [
        {
          line: 3,
          column: 6,
          endLine: 3,
          endColumn: 18,
          messageId: 'fromNamesEarlier',
          data: { value: 'buidl' },
        },
      ],
    },
  ],
});
