import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { buildToolsInFinal } from './build-tools-in-final.js';

ruleTester(buildToolsInFinal, {
  valid: [
    df(
      'FROM golang:1.19 AS build',
      'RUN apt-get install -y gcc',
      'FROM debian:bookworm-slim',
      'RUN apt-get install -y ca-certificates',
    ),
  ],
  invalid: [
    {
      code: df(
        'FROM golang:1.19 AS build',
        'FROM debian:bookworm-slim',
        'RUN apt-get install -y --no-install-recommends build-essential curl',
      ),
      errors: [
        {
          line: 3,
          column: 48,
          endLine: 3,
          endColumn: 63,
          messageId: 'buildToolInstall',
          data: { value: 'build-essential' },
        },
      ],
    },
    {
      code: df('FROM rust:1.63 AS build', 'FROM rust:1.63-slim'),
      errors: [
        {
          line: 2,
          column: 6,
          endLine: 2,
          endColumn: 20,
          messageId: 'buildImageBase',
          data: { baseImageExpanded: 'rust:1.63-slim' },
        },
      ],
    },
  ],
});
