import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { DEFAULT_CONFIG } from '../../lint/settings.js';
import { addForArchives } from './add-for-archives.js';
import { baseImageEol } from './base-image-eol.js';
import { labelEmail } from './label-email.js';
import { labelEmpty } from './label-empty.js';
import { labelGitHash } from './label-git-hash.js';
import { labelMissing } from './label-missing.js';
import { labelRfc3339 } from './label-rfc3339.js';
import { labelSemver } from './label-semver.js';
import { labelSpdx } from './label-spdx.js';
import { labelSuperfluous } from './label-superfluous.js';
import { labelUrl } from './label-url.js';
import { undefinedVar } from './undefined-var.js';

const on = (today: string) => ({ config: { ...DEFAULT_CONFIG, today } });

ruleTester(baseImageEol, {
  valid: [
    { code: df('FROM gcr.io/distroless/static-debian12:nonroot'), options: on('2026-11-24') },
    { code: df('FROM node:22-bookworm-slim', 'FROM python:3.11-slim-bookworm'), options: on('2026-11-24') },
    { name: 'within a year of its end', code: df('FROM node:18-bookworm-slim'), options: on('2025-06-01') },
    { code: df('FROM node:18 AS old', 'FROM old'), options: on('2020-01-01') },
  ],
  invalid: [
    {
      code: df('FROM gcr.io/distroless/static-debian11'),
      lines: [1],
      options: on('2026-11-24'),
      message: 'debian12',
    },
    {
      code: df('FROM node:16-alpine', 'FROM python:3.8-slim-buster', 'FROM debian:buster-slim'),
      lines: [1, 2, 3],
      options: on('2026-11-24'),
    },
    { code: df('FROM docker.io/library/centos:7'), lines: [1], options: on('2026-11-24') },
    { code: df('FROM node:18-bookworm-slim'), lines: [1], options: on('2026-11-24') },
  ],
});

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
      lines: [3],
      message: 'did you mean $APP_HOME',
    },
    {
      name: 'ARG ends with its stage',
      code: df('FROM debian AS a', 'ARG V=1', 'FROM a', 'LABEL v=$V'),
      lines: [4],
    },
    {
      name: 'no image env on a scratch lineage',
      code: df('FROM scratch AS a', 'FROM a', 'COPY x $NODE_VERSION/'),
      lines: [3],
    },
  ],
});

const schema = (labelSchema: Record<string, string>, strictLabels = false) => ({
  config: { ...DEFAULT_CONFIG, labelSchema, strictLabels },
});

ruleTester(labelMissing, {
  valid: [
    df('FROM debian'),
    { code: df('FROM debian', 'LABEL owner=team'), options: schema({ owner: 'text' }) },
  ],
  invalid: [
    {
      code: df('FROM debian AS b', 'FROM debian'),
      lines: [2, 2],
      options: schema({ owner: 'text', version: 'semver' }),
    },
  ],
});
ruleTester(labelSuperfluous, {
  valid: [{ code: df('FROM debian', 'LABEL owner=x'), options: schema({ owner: 'text' }) }],
  invalid: [
    {
      code: df('FROM debian', 'LABEL owner=x other=y'),
      lines: [2],
      options: schema({ owner: 'text' }, true),
    },
  ],
});
ruleTester(labelEmpty, {
  valid: [{ code: df('FROM debian', 'LABEL other=""'), options: schema({ owner: 'text' }) }],
  invalid: [{ code: df('FROM debian', 'LABEL owner=""'), lines: [2], options: schema({ owner: 'text' }) }],
});
ruleTester(labelUrl, {
  valid: [
    { code: df('FROM debian', 'LABEL x="https://example.com/app"'), options: schema({ x: 'url' }) },
    { code: df('ARG V', 'FROM debian', 'LABEL x=$V'), options: schema({ x: 'url' }) },
  ],
  invalid: [{ code: df('FROM debian', 'LABEL x="example.com"'), lines: [2], options: schema({ x: 'url' }) }],
});

ruleTester(labelRfc3339, {
  valid: [
    { code: df('FROM debian', 'LABEL x="2026-11-24T09:00:00+01:00"'), options: schema({ x: 'rfc3339' }) },
    { code: df('ARG V', 'FROM debian', 'LABEL x=$V'), options: schema({ x: 'rfc3339' }) },
  ],
  invalid: [
    { code: df('FROM debian', 'LABEL x="2026-11-24"'), lines: [2], options: schema({ x: 'rfc3339' }) },
  ],
});

ruleTester(labelSpdx, {
  valid: [
    { code: df('FROM debian', 'LABEL x="MIT OR Apache-2.0"'), options: schema({ x: 'spdx' }) },
    { code: df('ARG V', 'FROM debian', 'LABEL x=$V'), options: schema({ x: 'spdx' }) },
  ],
  invalid: [{ code: df('FROM debian', 'LABEL x="MIT-ish"'), lines: [2], options: schema({ x: 'spdx' }) }],
});

ruleTester(labelGitHash, {
  valid: [
    {
      code: df('FROM debian', 'LABEL x="0123456789abcdef0123456789abcdef01234567"'),
      options: schema({ x: 'hash' }),
    },
    { code: df('ARG V', 'FROM debian', 'LABEL x=$V'), options: schema({ x: 'hash' }) },
  ],
  invalid: [{ code: df('FROM debian', 'LABEL x="main"'), lines: [2], options: schema({ x: 'hash' }) }],
});

ruleTester(labelSemver, {
  valid: [
    { code: df('FROM debian', 'LABEL x="1.2.3-rc.1+build.5"'), options: schema({ x: 'semver' }) },
    { code: df('ARG V', 'FROM debian', 'LABEL x=$V'), options: schema({ x: 'semver' }) },
  ],
  invalid: [{ code: df('FROM debian', 'LABEL x="1.2"'), lines: [2], options: schema({ x: 'semver' }) }],
});

ruleTester(labelEmail, {
  valid: [
    { code: df('FROM debian', 'LABEL x="ops@example.com"'), options: schema({ x: 'email' }) },
    { code: df('ARG V', 'FROM debian', 'LABEL x=$V'), options: schema({ x: 'email' }) },
  ],
  invalid: [
    { code: df('FROM debian', 'LABEL x="ops at example"'), lines: [2], options: schema({ x: 'email' }) },
  ],
});

ruleTester(addForArchives, {
  valid: [
    df('FROM debian', 'ADD vendor.tar.gz /opt/'),
    df('FROM debian', 'COPY vendor.tar.gz /srv/downloads/'),
  ],
  invalid: [
    {
      code: df(
        'FROM debian',
        'COPY vendor.tgz /tmp/',
        'RUN tar xzf /tmp/vendor.tgz -C /opt && rm /tmp/vendor.tgz',
      ),
      lines: [3],
    },
  ],
});
