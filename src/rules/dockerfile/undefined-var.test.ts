import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { DEFAULT_CONFIG } from '../../lint/settings.js';
import { undefinedVar } from './undefined-var.js';

const _on = (today: string) => ({ config: { ...DEFAULT_CONFIG, today } });

ruleTester(undefinedVar, {
  valid: [
    {
      name: 'ENV of a parent stage',
      code: df(
        'FROM debian:bookworm-slim AS base',
        'ENV APP_HOME=/srv/app',
        'FROM base',
        'WORKDIR $APP_HOME',
      ),
    },
    {
      name: 'an ENV named like an ARG survives into the next stage',
      code: df(
        'FROM scratch AS base',
        'ARG VERSION=1.0',
        'ENV VERSION=$VERSION',
        'FROM base',
        'LABEL version=$VERSION',
      ),
    },
    {
      name: 'a name the base image may define (cannot be known without pulling it)',
      code: df('FROM eclipse-temurin:21-jre', 'WORKDIR $CATALINA_HOME'),
    },
    df('FROM node:20', 'ENV PATH=/app/bin:$PATH', 'WORKDIR $HOME'),
    df('ARG V=1', 'FROM debian', 'ARG V', 'LABEL version=$V'),
    df('FROM debian', 'ARG TARGETARCH', 'COPY bin-$TARGETARCH /usr/local/bin/app'),
    df('FROM debian', 'WORKDIR ${APP_DIR:-/app}'),
    df('FROM python:3.11-slim AS base', 'FROM base', 'ENV PATH=/opt/venv/bin:$PATH'),
    df('FROM debian', 'RUN echo $UNDEFINED_IN_SHELL'),
    df('FROM debian', 'ENV A=1 B=$A'),
  ],
  invalid: [
    {
      code: df('FROM debian', 'ENV APP_HOME=/srv', 'WORKDIR $APP_HOM'),
      errors: [
        {
          line: 3,
          column: 9,
          endLine: 3,
          endColumn: 17,
          messageId: 'typo',
          data: { name: 'APP_HOM', suggestion: 'APP_HOME' },
        },
      ],
    },
    {
      name: 'ARG ends with its stage',
      code: df('FROM scratch AS a', 'ARG V=1', 'FROM a', 'LABEL v=$V'),
      errors: [
        { line: 4, column: 9, endLine: 4, endColumn: 11, messageId: 'undefined', data: { name: 'V' } },
      ],
    },
    {
      name: 'no image env on a scratch lineage; the range is the variable',
      code: df('FROM scratch AS a', 'FROM a', 'COPY x ${NODE_VERSION}/'),
      errors: [
        {
          line: 3,
          column: 8,
          endLine: 3,
          endColumn: 23,
          messageId: 'undefined',
          data: { name: 'NODE_VERSION' },
        },
      ],
    },
    {
      name: 'over an image, a near miss of a defined name is still a typo',
      code: df('FROM node:22-bookworm-slim', 'ARG APP_DIR=/srv/app', 'WORKDIR /x', 'COPY . $APP_DIRR'),
      errors: [
        {
          line: 4,
          column: 8,
          endLine: 4,
          endColumn: 17,
          messageId: 'typo',
          data: { name: 'APP_DIRR', suggestion: 'APP_DIR' },
        },
      ],
    },
  ],
});
