import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { DEFAULT_CONFIG } from '../../lint/settings.js';
import { copyFromKnownStage } from './copy-from-known-stage.js';
import { copyNotAdd } from './copy-not-add.js';
import { execFormCmd } from './exec-form-cmd.js';
import { exposeProtocolCasing } from './expose-protocol-casing.js';
import { exposeValidPort } from './expose-valid-port.js';
import { fromAsCasing } from './from-as-casing.js';
import { imageTagExplicit } from './image-tag-explicit.js';
import { instructionCasing } from './instruction-casing.js';
import { lastUserNotRoot } from './last-user-not-root.js';
import { legacyKeyValue } from './legacy-key-value.js';
import { noEmptyContinuation } from './no-empty-continuation.js';
import { noLatestTag } from './no-latest-tag.js';
import { noMaintainer } from './no-maintainer.js';
import { reservedStageName } from './reserved-stage-name.js';
import { secretsInArgEnv } from './secrets-in-arg-env.js';
import { singleCmd } from './single-cmd.js';
import { singleEntrypoint } from './single-entrypoint.js';
import { singleHealthcheck } from './single-healthcheck.js';
import { stageNameCasing } from './stage-name-casing.js';
import { trustedRegistries } from './trusted-registries.js';
import { uniqueStageNames } from './unique-stage-names.js';
import { workdirAbsolute } from './workdir-absolute.js';

ruleTester(imageTagExplicit, {
  valid: [
    df('FROM debian:jessie'),
    df('FROM debian@sha256:7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb'),
    df('FROM scratch'),
    df('FROM golang:1.19 AS builder', 'FROM builder'),
    df('ARG IMAGE', 'FROM ${IMAGE}'),
    df('ARG VERSION=20', 'FROM node:${VERSION}-bookworm-slim'),
  ],
  invalid: [
    { code: df('FROM debian'), lines: [1] },
    { code: df('ARG BASE=debian', 'FROM ${BASE}'), lines: [2], message: 'debian has no tag' },
    { code: df('FROM localhost:5000/app'), lines: [1] },
  ],
});

ruleTester(noLatestTag, {
  valid: [
    df('FROM debian:bookworm-slim'),
    df('FROM debian:latest@sha256:7959ed6f7e35f8b1aaa06d1d8259d4ee25aa85a086d5c125480c333183f9deeb'),
  ],
  invalid: [
    { code: df('FROM debian:latest'), lines: [1] },
    { code: df('FROM registry.example:5000/team/app:latest AS base'), lines: [1] },
  ],
});

const trusted = {
  config: { ...DEFAULT_CONFIG, trustedRegistries: ['docker.io', 'registry.example.com', '*.corp.example'] },
};
ruleTester(trustedRegistries, {
  valid: [
    { code: df('FROM debian:bookworm-slim'), options: trusted },
    { code: df('FROM registry.example.com/team/app:1', 'FROM eu.corp.example/x:1'), options: trusted },
    { name: 'no registries configured', code: df('FROM quay.io/x:1') },
    { code: df('FROM debian:bookworm AS base', 'FROM base'), options: trusted },
  ],
  invalid: [{ code: df('FROM quay.io/team/app:1'), lines: [1], options: trusted, message: 'quay.io' }],
});

ruleTester(workdirAbsolute, {
  valid: [
    df('FROM debian', 'WORKDIR /usr/src/app'),
    df('FROM debian', 'WORKDIR $APP_HOME'),
    df('FROM mcr.microsoft.com/windows', 'WORKDIR C:\\\\app'),
    df('FROM debian', 'WORKDIR "/quoted path"'),
  ],
  invalid: [{ code: df('FROM debian', 'WORKDIR usr/src/app'), lines: [2] }],
});

ruleTester(lastUserNotRoot, {
  valid: [
    df('FROM debian', 'USER root', 'RUN make', 'USER 10001'),
    df('FROM debian AS build', 'USER root', 'FROM debian', 'USER app'),
    df('FROM debian'),
  ],
  invalid: [
    { code: df('FROM debian', 'USER root'), lines: [2] },
    { code: df('FROM debian', 'USER 10001', 'USER 0:0'), lines: [3] },
  ],
});

ruleTester(copyNotAdd, {
  valid: [
    df('FROM debian', 'ADD https://example.com/file.tgz /tmp/'),
    df('FROM debian', 'ADD vendor.tar.gz /opt/'),
    df('FROM debian', 'ADD --checksum=sha256:abc https://x /y'),
    df('FROM debian', 'COPY . /app'),
  ],
  invalid: [
    {
      code: df('FROM debian', 'ADD requirements.txt /usr/src/app/'),
      lines: [2],
      output: df('FROM debian', 'COPY requirements.txt /usr/src/app/'),
    },
    {
      code: df('FROM debian', 'add --chown=1000 ["a b", "/c/"]'),
      lines: [2],
      output: df('FROM debian', 'copy --chown=1000 ["a b", "/c/"]'),
    },
  ],
});

ruleTester(execFormCmd, {
  valid: [df('FROM node:20', 'CMD ["node", "server.js"]'), df('FROM node:20', 'ENTRYPOINT ["tini", "--"]')],
  invalid: [
    {
      code: df('FROM node:20', 'CMD node server.js'),
      lines: [2],
      output: df('FROM node:20', 'CMD ["node", "server.js"]'),
    },
    {
      name: 'shell syntax: reported, not rewritten',
      code: df('FROM node:20', 'CMD node server.js --port $PORT'),
      lines: [2],
      output: df('FROM node:20', 'CMD node server.js --port $PORT'),
    },
    {
      name: 'invalid JSON is shell form',
      code: df('FROM node:20', "ENTRYPOINT ['node', 'server.js']"),
      lines: [2],
    },
    {
      name: 'ONBUILD',
      code: df('FROM node:20', 'ONBUILD CMD npm start'),
      lines: [2],
      output: df('FROM node:20', 'ONBUILD CMD ["npm", "start"]'),
    },
  ],
});

ruleTester(singleCmd, {
  valid: [df('FROM debian AS a', 'CMD ["a"]', 'FROM debian', 'CMD ["b"]')],
  invalid: [{ code: df('FROM debian', 'CMD ["a"]', 'CMD ["b"]'), lines: [2] }],
});
ruleTester(singleEntrypoint, {
  valid: [df('FROM debian', 'ENTRYPOINT ["a"]')],
  invalid: [
    { code: df('FROM debian', 'ENTRYPOINT ["a"]', 'ENTRYPOINT ["b"]', 'ENTRYPOINT ["c"]'), lines: [2, 3] },
  ],
});
ruleTester(singleHealthcheck, {
  valid: [df('FROM debian', 'HEALTHCHECK NONE')],
  invalid: [{ code: df('FROM debian', 'HEALTHCHECK CMD ["a"]', 'HEALTHCHECK NONE'), lines: [2] }],
});

ruleTester(noMaintainer, {
  valid: [df('FROM debian', 'LABEL maintainer="x"')],
  invalid: [
    {
      code: df('FROM debian', 'MAINTAINER Lukas Martinelli <me@lukasmartinelli.ch>'),
      lines: [2],
      output: df(
        'FROM debian',
        'LABEL org.opencontainers.image.authors="Lukas Martinelli <me@lukasmartinelli.ch>"',
      ),
    },
  ],
});

ruleTester(legacyKeyValue, {
  valid: [df('FROM debian', 'ENV A=1 B="two words"'), df('FROM debian', 'LABEL a=b')],
  invalid: [
    {
      code: df('FROM debian', 'ENV GREETING hello world'),
      lines: [2],
      output: df('FROM debian', 'ENV GREETING="hello world"'),
    },
    {
      code: df('FROM debian', 'LABEL version 1.0'),
      lines: [2],
      output: df('FROM debian', 'LABEL version=1.0'),
    },
  ],
});

ruleTester(exposeValidPort, {
  valid: [df('FROM debian', 'EXPOSE 80 443/tcp 53/udp 8000-8010 ${PORT}')],
  invalid: [
    { code: df('FROM debian', 'EXPOSE 80000'), lines: [2] },
    { code: df('FROM debian', 'EXPOSE 127.0.0.1:80:80'), lines: [2], message: 'host part' },
  ],
});

ruleTester(exposeProtocolCasing, {
  valid: [df('FROM debian', 'EXPOSE 80/tcp')],
  invalid: [
    {
      code: df('FROM debian', 'EXPOSE 80/TCP 53/Udp'),
      lines: [2, 2],
      output: df('FROM debian', 'EXPOSE 80/tcp 53/udp'),
    },
  ],
});

ruleTester(noEmptyContinuation, {
  valid: [df('FROM debian', 'RUN a \\', '  # a comment line is fine', '  && b')],
  invalid: [
    {
      code: df('FROM debian', 'RUN a \\', '', '  && b'),
      lines: [3],
      output: df('FROM debian', 'RUN a \\', '  && b'),
    },
  ],
});

ruleTester(secretsInArgEnv, {
  valid: [
    df(
      'FROM debian',
      'ARG PUBLIC_KEY',
      'ENV GPG_KEY_ID=1 SSH_KEY_FILE=/run/secrets/k MONKEY=banana TOKENIZER=x',
    ),
  ],
  invalid: [
    {
      code: df('FROM debian', 'ARG GITHUB_TOKEN', 'ENV DB_PASSWORD=hunter2 AWS_SECRET_ACCESS_KEY=x'),
      lines: [2, 3, 3],
    },
    { code: df('FROM debian', 'ENV API_KEY x'), lines: [2] },
  ],
});

ruleTester(instructionCasing, {
  valid: [df('FROM debian', 'RUN a'), df('from debian', 'run a')],
  invalid: [
    {
      code: df('FROM debian', 'run a', 'Copy a b'),
      lines: [2, 3],
      output: df('FROM debian', 'RUN a', 'COPY a b'),
    },
    {
      code: df('from debian', 'run a', 'COPY a b'),
      lines: [3],
      output: df('from debian', 'run a', 'copy a b'),
    },
  ],
});

ruleTester(fromAsCasing, {
  valid: [df('FROM debian AS base'), df('from debian as base')],
  invalid: [
    { code: df('FROM debian as base'), lines: [1], output: df('FROM debian AS base') },
    { code: df('from debian AS base'), lines: [1], output: df('from debian as base') },
  ],
});

ruleTester(uniqueStageNames, {
  valid: [df('FROM debian AS a', 'FROM debian AS b')],
  invalid: [
    { code: df('FROM node as foo', 'RUN something', 'FROM scratch as foo', 'RUN something'), lines: [3] },
  ],
});

ruleTester(reservedStageName, {
  valid: [df('FROM debian AS base')],
  invalid: [{ code: df('FROM debian AS context'), lines: [1] }],
});

ruleTester(stageNameCasing, {
  valid: [df('FROM debian AS build-env')],
  invalid: [{ code: df('FROM debian AS BuildEnv'), lines: [1] }],
});

ruleTester(copyFromKnownStage, {
  valid: [
    df('FROM scratch AS build', 'FROM debian', 'COPY --from=build /a /a', 'COPY --from=0 /b /b'),
    df('FROM debian', 'COPY --from=nginx:1.27 /etc/nginx /etc/nginx', 'COPY --from=registry.example/x /y /y'),
  ],
  invalid: [
    {
      name: 'its own alias (DL3023)',
      code: df('FROM debian:jesse as foo', 'COPY --from=foo bar .'),
      lines: [2],
      message: 'names the stage it is in',
    },
    {
      name: 'a later stage',
      code: df('FROM debian', 'COPY --from=later /a /a', 'FROM debian AS later'),
      lines: [2],
    },
    {
      name: 'a typo (DL3022)',
      code: df('FROM debian AS build', 'FROM debian', 'COPY --from=buidl /a /a'),
      lines: [3],
    },
  ],
});
