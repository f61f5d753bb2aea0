import { describe, expect, it } from 'vitest';
import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { lintDockerfileText } from '../../lint/engine.js';
import { parseDockerignore } from '../../parse/dockerignore.js';
import { addUrlChecksum } from './add-url-checksum.js';
import { buildToolsInFinal } from './build-tools-in-final.js';
import { chownAfterCopy } from './chown-after-copy.js';
import { consecutiveRun } from './consecutive-run.js';
import { contextSecrets } from './context-secrets.js';
import { copyIgnoredFile } from './copy-ignored-file.js';
import { dependenciesBeforeSource } from './dependencies-before-source.js';
import { finalUserMissing } from './final-user-missing.js';
import { healthcheckMissing } from './healthcheck-missing.js';
import { inlineComment } from './inline-comment.js';
import { multiStageForCompiled } from './multi-stage-for-compiled.js';
import { numericUser } from './numeric-user.js';
import { pid1PackageManager } from './pid1-package-manager.js';

ruleTester(pid1PackageManager, {
  valid: [
    df('FROM node:20', 'CMD ["node", "server.js"]'),
    df('FROM node:20', 'ENTRYPOINT ["tini", "--"]', 'CMD ["npm", "start"]'),
    df('FROM node:20 AS dev', 'CMD ["npm", "run", "dev"]', 'FROM node:20', 'CMD ["node", "dist/main.js"]'),
    df('FROM node:20', 'CMD ["npm", "--version"]'),
  ],
  invalid: [
    { code: df('FROM node:20', 'CMD ["npm", "start"]'), lines: [2] },
    { code: df('FROM node:20', 'CMD yarn start'), lines: [2] },
    { code: df('FROM node:20', 'ENTRYPOINT ["pnpm", "run", "serve"]'), lines: [2] },
  ],
});

ruleTester(numericUser, {
  valid: [
    df('FROM node:20', 'USER 1000'),
    df('FROM node:20', 'USER 10001:10001'),
    df('FROM node:20', 'USER ${APP_UID}'),
    df('FROM node:20', 'USER root'),
  ],
  invalid: [
    { code: df('FROM node:20', 'USER node'), lines: [2] },
    { code: df('FROM node:20', 'USER app:app'), lines: [2] },
  ],
});

ruleTester(chownAfterCopy, {
  valid: [
    df('FROM node:20', 'COPY --chown=1000:1000 . /app'),
    df('FROM node:20', 'RUN mkdir /data && chown -R 1000 /data'),
  ],
  invalid: [{ code: df('FROM node:20', 'COPY . /app', 'RUN chown -R node:node /app'), lines: [3] }],
});

ruleTester(dependenciesBeforeSource, {
  valid: [
    df('FROM node:20', 'COPY package*.json ./', 'RUN npm ci', 'COPY . .', 'RUN npm run build'),
    df('FROM python:3.11', 'COPY . .', 'RUN pip install --no-cache-dir flask==3.0.3'),
    df('FROM golang:1.19', 'COPY go.mod go.sum ./', 'RUN go mod download', 'COPY . .', 'RUN go build ./...'),
    df(
      'FROM node:20 AS build',
      'COPY . .',
      'FROM node:20',
      'COPY --from=build /app/package.json .',
      'RUN npm ci',
    ),
  ],
  invalid: [
    { code: df('FROM node:20', 'COPY . .', 'RUN npm ci'), lines: [3], message: 'line 2' },
    { code: df('FROM python:3.11', 'COPY ./ /app/', 'RUN pip install -r requirements.txt'), lines: [3] },
    { code: df('FROM golang:1.19', 'COPY . .', 'RUN go mod download && go build'), lines: [3] },
    { code: df('FROM node:20', 'COPY . .', 'RUN yarn'), lines: [3] },
  ],
});

ruleTester(healthcheckMissing, {
  valid: [
    df('FROM node:20', 'EXPOSE 3000', 'HEALTHCHECK CMD ["node", "probe.js"]'),
    df('FROM node:20', 'CMD ["node", "worker.js"]'),
    df('FROM node:20 AS base', 'HEALTHCHECK CMD ["x"]', 'FROM base', 'EXPOSE 80'),
  ],
  invalid: [
    { code: df('FROM node:20 AS build', 'HEALTHCHECK CMD ["x"]', 'FROM node:20', 'EXPOSE 3000'), lines: [3] },
  ],
});

ruleTester(multiStageForCompiled, {
  valid: [
    df('FROM golang:1.19 AS build', 'RUN go build -o /app', 'FROM scratch', 'COPY --from=build /app /app'),
    df('FROM node:20', 'RUN npm run build'),
  ],
  invalid: [
    { code: df('FROM rust:1.63', 'COPY . .', 'RUN cargo build --release'), lines: [3] },
    { code: df('FROM maven:3-eclipse-temurin-17', 'RUN mvn -B package'), lines: [2] },
  ],
});

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
      lines: [3],
    },
    { code: df('FROM rust:1.63 AS build', 'FROM rust:1.63-slim'), lines: [2] },
  ],
});

ruleTester(contextSecrets, {
  valid: [
    {
      code: df('FROM node:20', 'COPY . .'),
      options: {
        dockerignore: parseDockerignore('.env*\n!.env.example\n.git\n.npmrc\nid_rsa\n.aws\nsecrets\n'),
        contextKnown: true,
      },
    },
    df('FROM node:20', 'COPY package.json ./'),
    { name: 'text with no context', code: df('FROM node:20', 'COPY . .'), options: { contextKnown: false } },
  ],
  invalid: [
    { code: df('FROM node:20', 'COPY . .'), lines: [2], message: 'no .dockerignore' },
    {
      code: df('FROM node:20', 'COPY . .'),
      lines: [2],
      options: { dockerignore: parseDockerignore('node_modules\n.env\n') },
      message: '.env.local',
    },
    {
      code: df('FROM node:20', 'COPY . .'),
      lines: [2],
      options: {
        dockerignore: parseDockerignore('.env*\n.git\n.npmrc\nid_rsa\n.aws\nsecrets\n!.env.production\n'),
      },
      message: 're-includes',
    },
  ],
});

ruleTester(copyIgnoredFile, {
  valid: [
    { code: df('FROM node:20', 'COPY src/ ./src/'), options: { dockerignore: parseDockerignore('dist\n') } },
  ],
  invalid: [
    {
      name: 'each excluded source, not the re-included one',
      code: df('FROM node:20', 'COPY dist/ config.json package.json /app/'),
      lines: [2, 2],
      options: { dockerignore: parseDockerignore('dist\n*.json\n!package.json\n') },
      message: 'excluded by .dockerignore line',
    },
  ],
});

ruleTester(consecutiveRun, {
  valid: [
    df('FROM debian', 'RUN a && b'),
    df('FROM debian', 'RUN a', 'RUN --mount=type=cache,target=/c b'),
    df('FROM debian', 'RUN a', 'ENV X=1', 'RUN b'),
  ],
  invalid: [{ code: df('FROM debian', 'RUN a', 'RUN b', 'RUN c'), lines: [3, 4] }],
});

ruleTester(addUrlChecksum, {
  valid: [
    df('FROM debian', 'ADD --checksum=sha256:abc https://x/y /y'),
    df('FROM debian', 'ADD a.tar.gz /opt/'),
  ],
  invalid: [{ code: df('FROM debian', 'ADD https://x/y.tar.gz /opt/'), lines: [2] }],
});

ruleTester(inlineComment, {
  valid: [
    df('FROM debian', '# a comment', 'COPY a /b'),
    df('FROM debian', 'RUN echo "#" # shells do comments'),
  ],
  invalid: [
    { code: df('FROM debian', 'EXPOSE 80 # http'), lines: [2] },
    { code: df('FROM debian', 'COPY a ./ #note'), lines: [2] },
  ],
});

describe('a FROM with an inline comment', () => {
  it('is an input error with its column, as Docker refuses it', () => {
    const result = lintDockerfileText('FROM node:20  # the LTS line\n', 'Dockerfile');
    expect(result.problems).toEqual([
      {
        message: "'#' after FROM is not a comment: put the comment on its own line",
        position: { line: 1, column: 15 },
      },
    ]);
  });
});

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
      lines: [3],
    },
    { code: df('FROM gcr.io/distroless/static-debian12', 'COPY app /app'), lines: [1] },
  ],
});
