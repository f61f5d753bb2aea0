import { describe, expect, it } from 'vitest';
import { distroLine, endOfLife, isMaintained, maintainedReplacement, tagExists, tagParts } from './lookup.js';
import { imageTable } from './table.js';

const MAX_AGE_DAYS = 120;

describe('the image table', () => {
  it(`is refreshed at least every ${MAX_AGE_DAYS} days (node scripts/generate-image-table.mjs)`, () => {
    const age = (Date.now() - Date.parse(imageTable.date)) / 86_400_000;
    expect(age, `the image table dates from ${imageTable.date}: regenerate it`).toBeLessThan(MAX_AGE_DAYS);
  });

  it('covers every image init writes, with dated lines for the runtimes', () => {
    for (const image of ['node', 'python', 'golang', 'rust', 'ruby', 'php', 'eclipse-temurin', 'debian']) {
      expect(imageTable.images[image]?.lines.length, image).toBeGreaterThan(3);
      expect(imageTable.images[image]?.maintained.length, image).toBeGreaterThan(0);
    }
    for (const image of [
      'postgres',
      'mysql',
      'mariadb',
      'redis',
      'memcached',
      'rabbitmq',
      'mongo',
      'composer',
      'nginxinc/nginx-unprivileged',
      'ghcr.io/astral-sh/uv',
      'oven/bun',
      'mcr.microsoft.com/dotnet/aspnet',
      'gcr.io/distroless/static-debian13',
      'gcr.io/distroless/cc-debian13',
    ])
      expect(imageTable.images[image]?.maintained.length, image).toBeGreaterThan(0);
  });
});

describe('lookups', () => {
  it('knows which tags exist and which are rebuilt', () => {
    expect(tagExists('node', '16.18.0-bullseye-slim')).toBe(true);
    expect(tagExists('docker.io/library/node', '16.18.0-bookworm-slim')).toBe(false);
    expect(tagExists('golang', '1.15-bookworm')).toBe(false);
    expect(tagExists('quay.io/someone/app', '1')).toBeUndefined();
    expect(isMaintained('memcached', '1.6-bookworm')).toBe(false);
    expect(isMaintained('memcached', '1.6-trixie')).toBe(true);
    expect(isMaintained('rust', '1.83-slim-bookworm')).toBe(false);
  });

  it('dates the end of each line from its source', () => {
    expect(endOfLife('node', '20-bookworm-slim')).toMatchObject({ line: '20', eol: '2026-04-30' });
    expect(endOfLife('python', '3.9-slim')).toMatchObject({ line: '3.9', eol: '2025-10-31' });
    expect(endOfLife('golang', '1.21')).toMatchObject({ line: '1.21', eol: '2024-08-13' });
    expect(endOfLife('debian', 'bullseye-slim')).toMatchObject({ line: '11', eol: '2026-08-31' });
    expect(endOfLife('gcr.io/distroless/static-debian11', 'nonroot')).toMatchObject({ line: '11' });
    expect(distroLine('bookworm')).toMatchObject({ line: '12', regularSupportEnded: '2026-07-11' });
  });

  it('reads a tag as version, distribution and flavour', () => {
    expect(tagParts('16.18.0-bullseye-slim')).toMatchObject({ version: [16, 18, 0], distro: 'bullseye' });
    expect(tagParts('3.13-slim-trixie')).toMatchObject({ flavour: ['slim'], distro: 'trixie' });
    expect(tagParts('21.0.5_11-jre-noble')).toMatchObject({ version: [21, 0, 5], flavour: ['jre'] });
    expect(tagParts('3.15.0rc1-slim').prerelease).toBe(true);
    expect(tagParts('3.15-rc-slim-trixie').prerelease).toBe(true);
    expect(tagParts('20260805')).toMatchObject({ version: [], prerelease: true });
  });

  it('suggests the maintained tag of the same shape', () => {
    expect(maintainedReplacement('node', '20-bookworm-slim', '2026-12-01')).toBe('node:26-bookworm-slim');
    expect(maintainedReplacement('memcached', '1.6-bookworm', '2026-12-01')).toBe('memcached:1.6-trixie');
    expect(maintainedReplacement('node', '20', '2026-12-01')).toBe('node:26');
    // Not alpine's dated edge snapshots, which look like a version 20260805.
    expect(maintainedReplacement('alpine', '3.18', '2026-12-01')).toBe('alpine:3.24');
  });
});
