import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { apkNoCache } from './apk-no-cache.js';

ruleTester(apkNoCache, {
  valid: [
    df('FROM alpine:3.20', 'RUN apk add --no-cache curl=8.9.1-r2'),
    df('FROM alpine:3.20', 'RUN --mount=type=cache,target=/var/cache/apk apk add curl'),
  ],
  invalid: [
    {
      code: df('FROM alpine:3.20', 'RUN apk add curl'),
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 17,
          message: 'use apk add --no-cache so the package index does not ship in the image',
        },
      ],
      output: df('FROM alpine:3.20', 'RUN apk add --no-cache curl'),
    },
    {
      code: df('FROM alpine:3.20', 'RUN apk update && apk add --virtual .build gcc'),
      errors: [
        {
          line: 2,
          column: 19,
          endLine: 2,
          endColumn: 47,
          message: 'use apk add --no-cache so the package index does not ship in the image',
        },
      ],
      output: df('FROM alpine:3.20', 'RUN apk update && apk add --no-cache --virtual .build gcc'),
    },
  ],
});
