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
  ],
});
