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
          messageId: 'endOfLife',
          data: {
            image: 'gcr.io/distroless/static-debian11',
            what: 'distroless images on Debian 11 or older',
            ended: '2024-08-14',
            instead: 'the -debian12 variant',
          },
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
          messageId: 'endOfLife',
          data: {
            image: 'node:16-alpine',
            what: 'Node.js 18 and older',
            ended: '2025-04-30',
            instead: 'node:22-bookworm-slim or newer',
          },
        },
        {
          line: 2,
          column: 6,
          endLine: 2,
          endColumn: 28,
          messageId: 'endOfLife',
          data: {
            image: 'python:3.8-slim-buster',
            what: 'images built on Debian 10 (buster) or older',
            ended: '2024-06-30',
            instead: 'a -bookworm tag',
          },
        },
        {
          line: 3,
          column: 6,
          endLine: 3,
          endColumn: 24,
          messageId: 'endOfLife',
          data: {
            image: 'debian:buster-slim',
            what: 'Debian 10 (buster) and older',
            ended: '2024-06-30',
            instead: 'debian:bookworm-slim',
          },
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
          messageId: 'endOfLife',
          data: {
            image: 'docker.io/library/centos:7',
            what: 'CentOS',
            ended: '2024-06-30',
            instead: 'a maintained base (debian:bookworm-slim, rockylinux, almalinux)',
          },
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
          messageId: 'endOfLife',
          data: {
            image: 'node:18-bookworm-slim',
            what: 'Node.js 18 and older',
            ended: '2025-04-30',
            instead: 'node:22-bookworm-slim or newer',
          },
        },
      ],
      options: on('2026-11-24'),
    },
  ],
});
