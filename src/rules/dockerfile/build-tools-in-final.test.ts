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
          message: 'build-essential is a build tool: install it in the build stage only',
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
          message: 'rust:1.63-slim is a build image: base the final stage on a runtime image',
        },
      ],
    },
  ],
});
