import { describe, expect, it } from 'vitest';
import { pinDigests, referencesToPin } from './pin-digests.js';

const digest = (n: number) => `sha256:${String(n).repeat(64).slice(0, 64)}`;

const dockerfile = {
  path: 'apps/api/Dockerfile',
  content: [
    'ARG NODE=24',
    'FROM node:24-trixie-slim AS base',
    'FROM base AS production',
    'FROM node:${NODE}-trixie-slim AS pinned-by-user',
    'FROM gcr.io/distroless/cc-debian13:nonroot AS runtime',
    'FROM scratch AS empty',
    `FROM debian:trixie-slim@sha256:${'0'.repeat(64)}`,
    '',
  ].join('\n'),
};
const compose = {
  path: 'apps/api/compose.yaml',
  content: [
    'services:',
    '  api:',
    '    image: api',
    '  db:',
    '    image: postgres:17-trixie',
    '  cache:',
    '    image: "redis:8.10-trixie"',
    '  deployed:',
    '    image: ${IMAGE:?set IMAGE}',
    '',
  ].join('\n'),
};
const workflow = { path: '.github/workflows/container-api.yml', content: '    image: node:24\n' };

describe('pinning digests', () => {
  it('lists the literal registry images, not stages, ARGs, the app’s own image or workflows', () => {
    expect(referencesToPin([dockerfile, compose, workflow])).toEqual([
      'gcr.io/distroless/cc-debian13:nonroot',
      'node:24-trixie-slim',
      'postgres:17-trixie',
      'redis:8.10-trixie',
    ]);
  });

  it('writes name:tag@digest where a digest is known and leaves the rest as written', () => {
    const digests = new Map([
      ['node:24-trixie-slim', digest(1)],
      ['postgres:17-trixie', digest(2)],
      ['redis:8.10-trixie', digest(3)],
    ]);
    const [pinnedDockerfile, pinnedCompose, sameWorkflow] = pinDigests(
      [dockerfile, compose, workflow],
      digests,
    );
    expect(pinnedDockerfile?.content.split('\n').slice(1, 5)).toEqual([
      `FROM node:24-trixie-slim@${digest(1)} AS base`,
      'FROM base AS production',
      'FROM node:${NODE}-trixie-slim AS pinned-by-user',
      'FROM gcr.io/distroless/cc-debian13:nonroot AS runtime',
    ]);
    expect(pinnedCompose?.content).toContain(`    image: postgres:17-trixie@${digest(2)}\n`);
    expect(pinnedCompose?.content).toContain(`    image: "redis:8.10-trixie@${digest(3)}"\n`);
    expect(pinnedCompose?.content).toContain('    image: api\n');
    expect(sameWorkflow).toBe(workflow);
  });
});
