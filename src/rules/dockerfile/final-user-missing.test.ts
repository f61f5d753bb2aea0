import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { finalUserMissing } from './final-user-missing.js';

ruleTester(finalUserMissing, {
  valid: [
    df('FROM node:20', 'USER 1000'),
    df('FROM node:20 AS base', 'USER 1000', 'FROM base'),
    df(
      'FROM golang:1.19 AS build',
      'FROM gcr.io/distroless/static-debian12:nonroot',
      'COPY --from=build /app /app',
    ),
    df('FROM scratch', 'COPY app /app'),
  ],
  invalid: [
    {
      code: df('FROM node:20 AS build', 'USER 1000', 'FROM node:20-bookworm-slim', 'CMD ["node", "a.js"]'),
      errors: [
        {
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 27,
          message: 'the final stage sets no USER, so the container runs as root',
        },
      ],
    },
    {
      code: df('FROM gcr.io/distroless/static-debian12', 'COPY app /app'),
      errors: [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 39,
          message: 'the final stage sets no USER, so the container runs as root',
        },
      ],
    },
  ],
});
