import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const rulesDir = new URL('.', import.meta.url).pathname;

/** Every relative import of the rule modules (tests excluded: they may drive the engine). */
function ruleImports(): Array<{ file: string; target: string }> {
  const found: Array<{ file: string; target: string }> = [];
  for (const entry of readdirSync(rulesDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts') || entry.name.endsWith('.test.ts')) continue;
    const file = join(entry.parentPath, entry.name);
    for (const match of readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g))
      found.push({
        file: file.slice(rulesDir.length),
        target: new URL(match[1] as string, `file://${file}`).pathname,
      });
  }
  return found;
}

describe('the rules layer', () => {
  it('imports only itself, core and parse: lint sits above rules, never below', () => {
    const srcDir = new URL('..', import.meta.url).pathname;
    const outside = ruleImports().filter(({ target }) => {
      const folder = target.slice(srcDir.length).split('/')[0];
      return !['rules', 'core', 'parse'].includes(folder ?? '');
    });
    expect(outside).toEqual([]);
  });
});
