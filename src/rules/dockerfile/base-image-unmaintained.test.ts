import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { DEFAULT_CONFIG } from '../../lint/settings.js';
import { baseImageUnmaintained } from './base-image-unmaintained.js';

const today = { config: { ...DEFAULT_CONFIG, today: '2026-12-01' } };

ruleTester(baseImageUnmaintained, {
  valid: [
    { code: df('FROM memcached:1.6-trixie', 'FROM node:26-trixie-slim'), options: today },
    {
      name: 'an exact pin on a line still rebuilt',
      code: df('FROM node:24.1.0-trixie-slim'),
      options: today,
    },
    { name: 'past its end: base-image-eol says so', code: df('FROM node:16-bullseye'), options: today },
    { name: 'not in an exhaustive list', code: df('FROM oven/bun:1.0.0'), options: today },
    { name: 'a tag that never existed is not this rule’s', code: df('FROM node:99-trixie'), options: today },
  ],
  invalid: [
    {
      name: 'a Debian variant the image dropped',
      code: df('FROM memcached:1.6-bookworm'),
      errors: [
        {
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 28,
          message: 'memcached:1.6-bookworm is no longer rebuilt by its publisher; use memcached:1.6-trixie',
        },
      ],
      options: today,
    },
  ],
});
