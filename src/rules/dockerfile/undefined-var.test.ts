import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { DEFAULT_CONFIG } from '../../lint/settings.js';
import { undefinedVar } from './undefined-var.js';

const _on = (today: string) => ({ config: { ...DEFAULT_CONFIG, today } });

ruleTester(undefinedVar, {
  valid: [
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
          message: '$APP_HOM is not defined here (did you mean $APP_HOME?)',
        },
      ],
    },
    {
      name: 'ARG ends with its stage',
      code: df('FROM debian AS a', 'ARG V=1', 'FROM a', 'LABEL v=$V'),
      errors: [{ line: 4, column: 7, endLine: 4, endColumn: 11, message: '$V is not defined here' }],
    },
    {
      name: 'no image env on a scratch lineage',
      code: df('FROM scratch AS a', 'FROM a', 'COPY x $NODE_VERSION/'),
      errors: [
        { line: 3, column: 6, endLine: 3, endColumn: 22, message: '$NODE_VERSION is not defined here' },
      ],
    },
  ],
});
