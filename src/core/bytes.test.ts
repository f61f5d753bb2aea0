import { describe, expect, it } from 'vitest';
import { formatBytes, parseBytes } from './bytes.js';

describe('sizes', () => {
  it.each([
    [0, '0 B'],
    [999, '999 B'],
    [1_500, '1.50 kB'],
    [216_878_237, '217 MB'],
    [12_300_000, '12.3 MB'],
  ])('formats %d as %s', (bytes, text) => expect(formatBytes(bytes)).toBe(text));

  it.each([
    ['200MB', 200_000_000],
    ['1.5 GB', 1_500_000_000],
    ['512k', 512_000],
    ['64MiB', 64 * 1024 * 1024],
    ['1048576', 1_048_576],
    ['lots', undefined],
    ['12 parsecs', undefined],
  ])('parses %s', (text, bytes) => expect(parseBytes(text)).toBe(bytes));
});
