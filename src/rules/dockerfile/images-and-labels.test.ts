import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { DEFAULT_CONFIG } from '../../lint/settings.js';
import { addForArchives } from './add-for-archives.js';
import { labelEmpty, labelMissing, labelSuperfluous, labelTypeRules } from './label-schema.js';
import { undefinedVar } from './undefined-var.js';

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
const typed = Object.fromEntries(labelTypeRules.map((rule) => [rule.aliases[0], rule]));
const typeCases: Array<[string, string, string, string]> = [
  ['DL3052', 'url', 'https://example.com/app', 'example.com'],
  ['DL3053', 'rfc3339', '2026-11-24T09:00:00+01:00', '2026-11-24'],
  ['DL3054', 'spdx', 'MIT OR Apache-2.0', 'MIT-ish'],
  ['DL3055', 'hash', '0123456789abcdef0123456789abcdef01234567', 'main'],
  ['DL3056', 'semver', '1.2.3-rc.1+build.5', '1.2'],
  ['DL3058', 'email', 'ops@example.com', 'ops at example'],
];
for (const [alias, type, good, bad] of typeCases) {
  const rule = typed[alias];
  if (!rule) throw new Error(`no rule for ${alias}`);
  ruleTester(rule, {
    valid: [
      { code: df('FROM debian', `LABEL x="${good}"`), options: schema({ x: type }) },
      { code: df('ARG V', 'FROM debian', 'LABEL x=$V'), options: schema({ x: type }) },
    ],
    invalid: [{ code: df('FROM debian', `LABEL x="${bad}"`), lines: [2], options: schema({ x: type }) }],
  });
}

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
