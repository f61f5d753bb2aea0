import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { imageTagExplicit } from './image-tag-explicit.js';

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
    {
      code: df('FROM debian'),
      errors: [
        {
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 12,
          messageId: 'noTag',
          data: { image: 'debian' },
        },
      ],
    },
    {
      code: df('ARG BASE=debian', 'FROM ${BASE}'),
      errors: [
        {
          line: 2,
          column: 6,
          endLine: 2,
          endColumn: 13,
          messageId: 'noTag',
          data: { image: 'debian' },
        },
      ],
    },
    {
      code: df('FROM localhost:5000/app'),
      errors: [
        {
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 24,
          messageId: 'noTag',
          data: { image: 'localhost:5000/app' },
        },
      ],
    },
  ],
});
