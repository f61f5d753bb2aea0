import { describe, expect, it } from 'vitest';
import type { Finding } from '../core/finding.js';
import { LineIndex } from '../core/source.js';
import { applyFixes } from './fixes.js';

const text = 'abcdef';
const index = new LineIndex(text);
const finding = (...edits: Array<[number, number, string]>): Finding => ({
  file: 'f',
  range: index.range(0, 0),
  ruleId: 'r',
  aliases: [],
  severity: 'warning',
  message: 'm',
  fix: edits.map(([start, end, replacement]) => ({ range: index.range(start, end), text: replacement })),
});

describe('applyFixes', () => {
  it('applies non-overlapping fixes from the bottom up', () => {
    expect(applyFixes(text, [finding([0, 1, 'A']), finding([4, 6, 'EF'])])).toEqual({
      text: 'AbcdEF',
      applied: 2,
    });
  });

  it('leaves an overlapping fix for the next pass, keeping each fix whole', () => {
    expect(applyFixes(text, [finding([0, 3, 'X']), finding([2, 4, 'Y'], [5, 6, 'Z'])])).toEqual({
      text: 'Xdef',
      applied: 1,
    });
  });

  it('does not guess an order for two insertions at one point', () => {
    expect(applyFixes(text, [finding([3, 3, '1']), finding([3, 3, '2'])])).toEqual({
      text: 'abc1def',
      applied: 1,
    });
  });
});
