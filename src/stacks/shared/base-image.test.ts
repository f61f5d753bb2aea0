import { describe, expect, it } from 'vitest';
import { imageFacts, isMaintained, tagExists } from '../../images/index.js';
import { baseImage, DEBIAN_STABLE, debianSlim, distroless, fromWithArg } from './base-image.js';

describe('baseImage', () => {
  it('prefers the newest Debian release the table knows as released', () => {
    expect(DEBIAN_STABLE).toBe('trixie');
  });

  const newest = [
    { image: 'node', flavour: ['slim'] },
    { image: 'python', flavour: ['slim'] },
    { image: 'golang', flavour: [] },
    { image: 'rust', flavour: ['slim'] },
    { image: 'ruby', flavour: ['slim'] },
    { image: 'php', flavour: ['apache'] },
  ];
  it.each(newest)('$image with no constraint: a maintained tag on Debian stable', ({ image, flavour }) => {
    const chosen = baseImage({ image, flavour, families: ['debian'] });
    const tag = chosen.reference.slice(image.length + 1);
    expect(tagExists(image, tag)).toBe(true);
    expect(isMaintained(image, tag)).toBe(true);
    expect(chosen.distro).toBe('trixie');
    expect(chosen.notes).toEqual([]);
  });

  it('reads a range as a range: the newest maintained line it allows, not its lower bound', () => {
    const chosen = baseImage({ image: 'golang', constraint: '>=1.15', families: ['debian'] });
    const lines = (imageFacts('golang')?.maintained ?? [])
      .map((tag) => /^1\.(\d+)-trixie$/.exec(tag)?.[1])
      .filter(Boolean)
      .map(Number);
    expect(chosen.version).toBe(`1.${Math.max(...lines)}`);
  });

  it('keeps an old exact pin on the nearest tag that exists, and says why it is not on Debian stable', () => {
    const chosen = baseImage({
      image: 'node',
      constraint: '16.18.0',
      flavour: ['slim'],
      families: ['debian'],
    });
    expect(chosen.reference).toBe('node:16.18.0-bullseye-slim');
    expect(tagExists('node', '16.18.0-bullseye-slim')).toBe(true);
    expect(chosen.notes).toEqual(['node 16.18.0 has no trixie tag: using bullseye.']);
  });

  it('splits the tag so that an ARG can carry the version', () => {
    const chosen = baseImage({
      image: 'python',
      constraint: '3.13',
      flavour: ['slim'],
      families: ['debian'],
    });
    expect(chosen).toMatchObject({ version: '3.13', suffix: '-slim-trixie', distro: 'trixie' });
    expect(fromWithArg('python', 'PYTHON_VERSION', chosen)).toBe('python:${PYTHON_VERSION}-slim-trixie');
  });

  it('refuses, with the reason, a version no tag satisfies', () => {
    expect(() => baseImage({ image: 'python', constraint: '2.1', families: ['debian'] })).toThrow(
      /no tag of python.* satisfies 2\.1/,
    );
  });
});

describe('debianSlim and distroless', () => {
  it('match a build stage’s Debian release, and default to Debian stable', () => {
    expect(debianSlim('bookworm')).toBe('debian:bookworm-slim');
    expect(debianSlim(undefined)).toBe('debian:trixie-slim');
    expect(distroless('static')).toBe('gcr.io/distroless/static-debian13:nonroot');
    expect(distroless('cc', 'bookworm')).toBe('gcr.io/distroless/cc-debian12:nonroot');
  });
});
