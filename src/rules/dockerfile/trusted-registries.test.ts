import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { DEFAULT_CONFIG } from '../../lint/settings.js';
import { trustedRegistries } from './trusted-registries.js';

const trusted = {
  config: { ...DEFAULT_CONFIG, trustedRegistries: ['docker.io', 'registry.example.com', '*.corp.example'] },
};

ruleTester(trustedRegistries, {
  valid: [
    { code: df('FROM debian:bookworm-slim'), options: trusted },
    { code: df('FROM registry.example.com/team/app:1', 'FROM eu.corp.example/x:1'), options: trusted },
    { name: 'no registries configured', code: df('FROM quay.io/x:1') },
    { code: df('FROM debian:bookworm AS base', 'FROM base'), options: trusted },
    {
      name: '* trusts every registry',
      code: df('FROM quay.io/x:1'),
      options: { config: { ...DEFAULT_CONFIG, trustedRegistries: ['*'] } },
    },
    {
      name: 'COPY --from a stage or a trusted image',
      code: df(
        'FROM debian:bookworm AS build',
        'FROM scratch',
        'COPY --from=build /a /a',
        'COPY --from=0 /a /b',
        'COPY --from=registry.example.com/t:1 /c /c',
      ),
      options: trusted,
    },
  ],
  invalid: [
    {
      code: df('FROM quay.io/team/app:1'),
      errors: [
        {
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 24,
          message: 'quay.io is not a trusted registry (docker.io, registry.example.com, *.corp.example)',
        },
      ],
      options: trusted,
    },
    {
      name: 'an image pulled by COPY --from',
      code: df('FROM scratch', 'COPY --from=ghcr.io/acme/tools:1.0 /bin/tool /usr/bin/'),
      errors: [
        {
          line: 2,
          column: 6,
          endLine: 2,
          endColumn: 35,
          message: 'ghcr.io is not a trusted registry (docker.io, registry.example.com, *.corp.example)',
        },
      ],
      options: trusted,
    },
    {
      name: 'an image mounted by RUN --mount from=',
      code: df('FROM scratch', 'RUN --mount=type=bind,from=ghcr.io/acme/tools:1.0,target=/t /t/run'),
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 60,
          message: 'ghcr.io is not a trusted registry (docker.io, registry.example.com, *.corp.example)',
        },
      ],
      options: trusted,
    },
  ],
});
