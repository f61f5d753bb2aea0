import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { DEFAULT_CONFIG } from '../../lint/settings.js';
import { baseImageEol } from './base-image-eol.js';

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
      errors: [
        {
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 39,
          message:
            'gcr.io/distroless/static-debian11: distroless images on Debian 11 or older lost security support on 2024-08-14; use the -debian12 variant',
        },
      ],
      options: on('2026-11-24'),
    },
    {
      code: df('FROM node:16-alpine', 'FROM python:3.8-slim-buster', 'FROM debian:buster-slim'),
      errors: [
        {
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 20,
          message:
            'node:16-alpine: Node.js 18 and older lost security support on 2025-04-30; use node:22-bookworm-slim or newer',
        },
        {
          line: 2,
          column: 6,
          endLine: 2,
          endColumn: 28,
          message:
            'python:3.8-slim-buster: images built on Debian 10 (buster) or older lost security support on 2024-06-30; use a -bookworm tag',
        },
        {
          line: 3,
          column: 6,
          endLine: 3,
          endColumn: 24,
          message:
            'debian:buster-slim: Debian 10 (buster) and older lost security support on 2024-06-30; use debian:bookworm-slim',
        },
      ],
      options: on('2026-11-24'),
    },
    {
      code: df('FROM docker.io/library/centos:7'),
      errors: [
        {
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 32,
          message:
            'docker.io/library/centos:7: CentOS lost security support on 2024-06-30; use a maintained base (debian:bookworm-slim, rockylinux, almalinux)',
        },
      ],
      options: on('2026-11-24'),
    },
    {
      code: df('FROM node:18-bookworm-slim'),
      errors: [
        {
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 27,
          message:
            'node:18-bookworm-slim: Node.js 18 and older lost security support on 2025-04-30; use node:22-bookworm-slim or newer',
        },
      ],
      options: on('2026-11-24'),
    },
  ],
});
