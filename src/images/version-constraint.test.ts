import { describe, expect, it } from 'vitest';
import { parseConstraint, satisfies } from './version-constraint.js';

const v = (text: string) => text.split('.').map(Number);

describe('parseConstraint', () => {
  it.each([
    ['^3.9', ['3.9.0', '3.14.7'], ['3.8.9', '4.0.0']],
    ['^0.2.1', ['0.2.5'], ['0.3.0']],
    ['~1.21', ['1.21.9'], ['1.22.0']],
    ['>=18 <21', ['18.0.0', '20.19.1'], ['21.0.0', '16.20.2']],
    ['>=3.9,<3.13', ['3.12.9'], ['3.13.0']],
    ['~=3.11', ['3.11.0', '3.14.1'], ['4.0', '3.10.9']],
    ['~=3.11.2', ['3.11.9'], ['3.12.0', '3.11.1']],
    ['~> 3.4', ['3.4.4', '3.9'], ['4.0']],
    ['~> 3.4.4', ['3.4.10'], ['3.5.0']],
    ['==3.11.*', ['3.11.7'], ['3.12.0']],
    ['1.15', ['1.15.15'], ['1.16.0', '1.1.5']],
    ['16.18.0', ['16.18.0'], ['16.18.1']],
    ['20.x', ['20.19.5'], ['21.0.0']],
    ['^18 || ^20', ['18.2', '20.1'], ['19.0', '22.0']],
    ['>1.2', ['1.3.0'], ['1.2.9']],
    ['<=3.12', ['3.12.9'], ['3.13.0']],
    ['1.2 - 1.4', ['1.4.9'], ['1.5.0']],
  ])('%s', (text, good, bad) => {
    const constraint = parseConstraint(text);
    if (!constraint) throw new Error(`${text} did not parse`);
    for (const version of good) expect(satisfies(v(version), constraint), version).toBe(true);
    for (const version of bad) expect(satisfies(v(version), constraint), version).toBe(false);
  });

  it.each(['lts/*', 'latest', 'stable', 'node'])('does not read %s', (text) => {
    expect(parseConstraint(text)).toBeUndefined();
  });
});
