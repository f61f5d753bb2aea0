import { describe, expect, it } from 'vitest';
import { unifiedDiff } from './diff.js';

describe('unifiedDiff', () => {
  it('is empty for equal texts', () => expect(unifiedDiff('f', 'a\n', 'a\n')).toBe(''));

  it('shows removals before additions, with context and hunk headers', () => {
    const before = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', ''].join('\n');
    const after = before.replace('2\n', 'two\n').replace('11\n', 'eleven\n');
    expect(unifiedDiff('f', before, after, 1)).toBe(
      [
        '--- f',
        '+++ f (fixed)',
        '@@ -1,3 +1,3 @@',
        ' 1',
        '-2',
        '+two',
        ' 3',
        '@@ -10,3 +10,3 @@',
        ' 10',
        '-11',
        '+eleven',
        ' 12',
        '',
      ].join('\n'),
    );
  });
});
