import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { DEFAULT_CONFIG } from '../../lint/settings.js';
import { baseImageEol } from './base-image-eol.js';

const on = (today: string) => ({ config: { ...DEFAULT_CONFIG, today } });
const today = on('2026-12-01');

ruleTester(baseImageEol, {
  valid: [
    { code: df('FROM gcr.io/distroless/static-debian13:nonroot'), options: today },
    { code: df('FROM node:24-trixie-slim', 'FROM python:3.13-slim-trixie'), options: today },
    { code: df('FROM golang:1.27-trixie', 'FROM rust:1.98-slim-trixie'), options: today },
    { name: 'Debian 12 is in LTS until 2028', code: df('FROM debian:bookworm-slim'), options: today },
    { name: 'before its end', code: df('FROM node:20-bookworm-slim'), options: on('2026-04-29') },
    {
      name: 'a stage, not an image',
      code: df('FROM node:26-trixie-slim AS base', 'FROM base'),
      options: today,
    },
    { name: 'an image the table does not know', code: df('FROM quay.io/acme/app:1'), options: today },
    { name: 'a floating alias', code: df('FROM node:lts-slim'), options: today },
  ],
  invalid: [
    {
      code: df('FROM node:20'),
      errors: [
        {
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 13,
          message:
            'node:20: node 20 reached its end of life on 2026-04-30 (nodejs/Release schedule.json); the maintained line is node:26',
        },
      ],
      options: today,
    },
    {
      code: df('FROM python:3.9'),
      errors: [
        {
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 16,
          message:
            'python:3.9: python 3.9 reached its end of life on 2025-10-31 (endoflife.date products/python.md (https://devguide.python.org/versions/)); the maintained line is python:3.14',
        },
      ],
      options: today,
    },
    {
      code: df('FROM golang:1.21'),
      errors: [
        {
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 17,
          message:
            'golang:1.21: golang 1.21 reached its end of life on 2024-08-13 (endoflife.date products/go.md (https://go.dev/doc/devel/release#policy)); the maintained line is golang:1.27',
        },
      ],
      options: today,
    },
    {
      code: df('FROM golang:1.19-bullseye'),
      errors: [
        {
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 26,
          message:
            'golang:1.19-bullseye: golang 1.19 reached its end of life on 2023-09-06 (endoflife.date products/go.md (https://go.dev/doc/devel/release#policy)); the maintained line is golang:1.27-trixie',
        },
      ],
      options: today,
    },
    {
      name: 'suggests the maintained line of the same shape',
      code: df('FROM node:20-bookworm-slim'),
      errors: [
        {
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 27,
          message:
            'node:20-bookworm-slim: node 20 reached its end of life on 2026-04-30 (nodejs/Release schedule.json); the maintained line is node:26-bookworm-slim',
        },
      ],
      options: today,
    },
    {
      name: 'the distribution ended first',
      code: df('FROM python:3.11-slim-buster'),
      errors: [
        {
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 29,
          message:
            'python:3.11-slim-buster: Debian 10 (buster) reached its end of life on 2024-06-30 (endoflife.date products/debian.md (https://wiki.debian.org/DebianReleases)); the maintained line is python:3.14-slim-trixie',
        },
      ],
      options: today,
    },
    {
      code: df('FROM gcr.io/distroless/static-debian11'),
      errors: [
        {
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 39,
          message:
            'gcr.io/distroless/static-debian11: Debian 11 (bullseye) reached its end of life on 2026-08-31 (endoflife.date products/debian.md (https://wiki.debian.org/DebianReleases))',
        },
      ],
      options: today,
    },
    {
      code: df('FROM docker.io/library/centos:7', 'FROM ubuntu:20.04'),
      errors: [
        {
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 32,
          message:
            'docker.io/library/centos:7: centos 7 reached its end of life on 2024-06-30 (endoflife.date products/centos.md (https://wiki.centos.org/About(2f)Product.html))',
        },
        {
          line: 2,
          column: 6,
          endLine: 2,
          endColumn: 18,
          message:
            'ubuntu:20.04: ubuntu 20.04 reached its end of life on 2025-05-31 (endoflife.date products/ubuntu.md (https://wiki.ubuntu.com/Releases)); the maintained line is ubuntu:26.10',
        },
      ],
      options: today,
    },
    {
      code: df('FROM node:16-alpine', 'FROM ruby:3.1', 'FROM php:8.0-apache'),
      errors: [
        {
          line: 1,
          column: 6,
          endLine: 1,
          endColumn: 20,
          message:
            'node:16-alpine: node 16 reached its end of life on 2023-09-11 (nodejs/Release schedule.json); the maintained line is node:26-alpine',
        },
        {
          line: 2,
          column: 6,
          endLine: 2,
          endColumn: 14,
          message:
            'ruby:3.1: ruby 3.1 reached its end of life on 2025-03-26 (endoflife.date products/ruby.md (https://www.ruby-lang.org/en/downloads/branches/)); the maintained line is ruby:4.0',
        },
        {
          line: 3,
          column: 6,
          endLine: 3,
          endColumn: 20,
          message:
            'php:8.0-apache: php 8.0 reached its end of life on 2023-11-26 (endoflife.date products/php.md (https://www.php.net/supported-versions.php)); the maintained line is php:8.5-apache',
        },
      ],
      options: today,
    },
  ],
});
