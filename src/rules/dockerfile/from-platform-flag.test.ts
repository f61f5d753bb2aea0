import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { fromPlatformFlag } from './from-platform-flag.js';

ruleTester(fromPlatformFlag, {
  valid: [df('FROM debian'), df('FROM --platform=$BUILDPLATFORM golang:1.19 AS build')],
  invalid: [
    {
      code: df('FROM --platform=linux/arm64 debian'),
      errors: [
        {
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 28,
          messageId: 'platform',
          data: { value: 'linux/arm64' },
        },
      ],
    },
  ],
});
