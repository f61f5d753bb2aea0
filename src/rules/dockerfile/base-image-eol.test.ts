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
      lines: [1],
      options: today,
      message: 'node 20 reached its end of life on 2026-04-30',
    },
    {
      code: df('FROM python:3.9'),
      lines: [1],
      options: today,
      message: 'python 3.9 reached its end of life on 2025-10-31',
    },
    {
      code: df('FROM golang:1.21'),
      lines: [1],
      options: today,
      message: 'golang 1.21 reached its end of life',
    },
    { code: df('FROM golang:1.19-bullseye'), lines: [1], options: today, message: 'golang 1.19' },
    {
      name: 'suggests the maintained line of the same shape',
      code: df('FROM node:20-bookworm-slim'),
      lines: [1],
      options: today,
      message: 'the maintained line is node:26-bookworm-slim',
    },
    {
      name: 'the distribution ended first',
      code: df('FROM python:3.11-slim-buster'),
      lines: [1],
      options: today,
      message: 'Debian 10 (buster) reached its end of life',
    },
    {
      code: df('FROM gcr.io/distroless/static-debian11'),
      lines: [1],
      options: today,
      message: 'Debian 11 (bullseye) reached its end of life on 2026-08-31',
    },
    { code: df('FROM docker.io/library/centos:7', 'FROM ubuntu:20.04'), lines: [1, 2], options: today },
    {
      code: df('FROM node:16-alpine', 'FROM ruby:3.1', 'FROM php:8.0-apache'),
      lines: [1, 2, 3],
      options: today,
    },
  ],
});
