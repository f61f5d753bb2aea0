import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { noLatestTag } from './no-latest-tag.js';

ruleTester(noLatestTag, {
  valid: [
    df('FROM debian:bookworm-slim'),
    df('FROM debian:latest@sha256:7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb'),
  ],
  invalid: [
    {
      code: df('FROM debian:latest'),
      errors: [
        {
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 19,
          messageId: 'latest',
          data: { baseImageExpanded: 'debian:latest' },
        },
      ],
    },
    {
      code: df('FROM registry.example:5000/team/app:latest AS base'),
      errors: [
        {
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 43,
          messageId: 'latest',
          data: { baseImageExpanded: 'registry.example:5000/team/app:latest' },
        },
      ],
    },
  ],
});
