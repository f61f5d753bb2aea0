import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { apkPinVersions } from './apk-pin-versions.js';

ruleTester(apkPinVersions, {
  valid: [
    df('FROM alpine:3.20', 'RUN apk add --no-cache curl=8.9.1-r2 "git~=2.45"'),
    df('FROM alpine:3.20', 'RUN apk add --no-cache --virtual .deps gcc=13.2.1-r0'),
  ],
  invalid: [
    {
      code: df('FROM alpine:3.20', 'RUN apk add --no-cache -t .deps gcc musl-dev=1.2'),
      errors: [
        {
          line: 2,
          column: 33,
          endLine: 2,
          endColumn: 36,
          messageId: 'pin',
          data: { name: 'gcc' },
        },
      ],
    },
  ],
});
