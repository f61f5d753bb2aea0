import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { redundantTargetPlatform } from './redundant-target-platform.js';

ruleTester(redundantTargetPlatform, {
  valid: [df('FROM --platform=$BUILDPLATFORM debian')],
  invalid: [
    {
      code: df('FROM --platform=${TARGETPLATFORM} debian AS x'),
      errors: [
        {
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 34,
          message: '--platform=$TARGETPLATFORM is the default',
        },
      ],
      output: df('FROM debian AS x'),
    },
  ],
});
