import { describe, expect, it } from 'vitest';
import { chooseTag } from './choose-tag.js';
import { imageTable } from './table.js';

const today = '2026-12-01';
const onDebian = { families: ['debian' as const], today };

function chosen(image: string, options: Parameters<typeof chooseTag>[1]) {
  const result = chooseTag(image, options);
  if (!result.ok) throw new Error(result.reason);
  // Whatever is chosen, the table lists it: no invented tags.
  expect(imageTable.images[image]?.tags).toContain(result.tag);
  return result;
}

describe('chooseTag', () => {
  it.each([
    ['node', ['slim'], undefined, 'node:26-trixie-slim'],
    ['node', ['slim'], '>=20', 'node:26-trixie-slim'],
    ['node', ['slim'], '^24.3', 'node:24-trixie-slim'],
    ['python', ['slim'], '^3.9', 'python:3.14-slim-trixie'],
    ['python', ['slim'], '>=3.11,<3.14', 'python:3.13-slim-trixie'],
    ['python', ['slim'], '~=3.12.1', 'python:3.12-slim-trixie'],
    ['golang', [], undefined, 'golang:1.27-trixie'],
    ['golang', [], '1.26', 'golang:1.26-trixie'],
    ['rust', ['slim'], undefined, 'rust:1.98-slim-trixie'],
    ['ruby', ['slim'], '~> 3.4', 'ruby:3.4-slim-trixie'],
    ['postgres', [], undefined, 'postgres:18-trixie'],
    ['postgres', [], '17', 'postgres:17-trixie'],
    ['memcached', [], undefined, 'memcached:1.6-trixie'],
  ])('%s %j %s -> %s, maintained and in support', (image, flavour, constraint, expected) => {
    const result = chosen(image, { ...onDebian, flavour, constraint });
    expect(result.reference).toBe(expected);
    expect(result.maintained).toBe(true);
    expect(result.warnings).toEqual([]);
  });

  it('pins an old Node release to the tag that exists (bullseye, not bookworm), warning of its end', () => {
    const result = chosen('node', { ...onDebian, flavour: ['slim'], constraint: '16.18.0' });
    expect(result.reference).toBe('node:16.18.0-bullseye-slim');
    expect(imageTable.images.node?.tags).not.toContain('16.18.0-bookworm-slim');
    expect(result.maintained).toBe(false);
    expect(result.warnings.join('\n')).toContain('end of life on 2023-09-11');
  });

  it('gives Go 1.15 the newest Debian it was built on, never a bookworm tag', () => {
    const result = chosen('golang', { ...onDebian, constraint: '1.15' });
    expect(result.tag).toMatch(/^1\.15-(buster|bullseye)$/);
    expect(result.warnings.join('\n')).toContain('end of life on 2021-08-16');
    expect(result.warnings.join('\n')).toContain('has no trixie tag');
  });

  it('keeps an exact Ruby patch release, on the newest Debian that has it', () => {
    const result = chosen('ruby', { ...onDebian, flavour: ['slim'], constraint: '3.4.4' });
    expect(result.reference).toBe('ruby:3.4.4-slim-bookworm');
    expect(result.version).toBe('3.4.4');
    expect(result.warnings.join('\n')).toContain('no longer rebuilt');
  });

  it('reads a global.json SDK version as its feature band and falls back to Ubuntu where .NET has no Debian', () => {
    // global.json `"version": "10.0.100", "rollForward": "latestFeature"` allows any 10.0 SDK from 10.0.100.
    const sdk = chosen('mcr.microsoft.com/dotnet/sdk', {
      families: ['debian', 'ubuntu'],
      today,
      constraint: '>=10.0.100 <10.1',
    });
    expect(sdk.tag).toMatch(/^10\.0-(noble|resolute)$/);
    expect(sdk.line?.eol).toBe('2028-11-14');
    expect(chooseTag('mcr.microsoft.com/dotnet/sdk', { ...onDebian, constraint: '10.0' }).ok).toBe(false);
  });

  it('never returns a tag outside the table', () => {
    const result = chooseTag('node', { ...onDebian, flavour: ['slim'], constraint: '99' });
    expect(result).toEqual({ ok: false, reason: 'no tag of node with flavour slim on debian satisfies 99' });
    expect(chooseTag('quay.io/unknown/app', { today }).ok).toBe(false);
  });

  it('skips release candidates even when they are the newest', () => {
    const result = chosen('python', { ...onDebian, flavour: ['slim'] });
    expect(result.tag).not.toMatch(/rc/);
  });
});
