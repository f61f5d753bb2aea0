import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { multiStageForCompiled } from './multi-stage-for-compiled.js';

ruleTester(multiStageForCompiled, {
  valid: [
    {
      name: 'the RUN that compiles purges its toolchain (official images build this way)',
      code: df(
        'FROM debian:bookworm-slim',
        'RUN apt-get update && apt-get install -y --no-install-recommends gcc make \\',
        '  && make -C /usr/src/app install \\',
        '  && apt-get purge -y --auto-remove gcc make && rm -rf /var/lib/apt/lists/*',
      ),
    },
    {
      name: 'apk del of the virtual build package',
      code: df(
        'FROM alpine:3.20',
        'RUN apk add --no-cache --virtual .build-deps gcc make && make install && apk del .build-deps',
      ),
    },
    df('FROM golang:1.19 AS build', 'RUN go build -o /app', 'FROM scratch', 'COPY --from=build /app /app'),
    df('FROM node:20', 'RUN npm run build'),
  ],
  invalid: [
    {
      code: df('FROM rust:1.63', 'COPY . .', 'RUN cargo build --release'),
      errors: [
        {
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 26,
          messageId: 'compilesOnlyStage',
          data: { program: 'cargo' },
        },
      ],
    },
    {
      code: df('FROM maven:3-eclipse-temurin-17', 'RUN mvn -B package'),
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 19,
          messageId: 'compilesOnlyStage',
          data: { program: 'mvn' },
        },
      ],
    },
  ],
});
