import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Data flows one way: cli -> init -> detect -> stacks / render / lint / verify / rules -> parse / docker /
// images -> core / io. Each folder lists the folders it may import; anything else is a layering bug.
// Tests (*.test.ts) may reach across: they assemble what the layers keep apart.
const ALLOWED: Record<string, string[]> = {
  cli: [
    'init',
    'lsp',
    'detect',
    'stacks',
    'render',
    'lint',
    'verify',
    'rules',
    'format',
    'parse',
    'docker',
    'images',
    'io',
    'core',
  ],
  lsp: ['lint', 'rules', 'format', 'parse', 'io', 'core'],
  init: ['detect', 'stacks', 'render', 'images', 'io', 'core'],
  detect: ['stacks', 'io', 'core'],
  stacks: ['parse', 'images', 'io', 'core'],
  render: ['images', 'core'],
  lint: ['rules', 'format', 'parse', 'io', 'core'],
  verify: ['stacks', 'docker', 'parse', 'images', 'io', 'core'],
  rules: ['stacks', 'parse', 'images', 'core'],
  format: ['rules', 'core'],
  parse: ['core'],
  docker: ['io', 'core'],
  images: ['core'],
  io: ['core'],
  core: [],
};

const src = resolve(import.meta.dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.d.ts')
      ? [path]
      : [];
  });
}

/** Every import between two folders of src/, read by the TypeScript parser (static and dynamic imports). */
function folderImports(): Array<{ file: string; from: string; to: string }> {
  return sourceFiles(src).flatMap((file) => {
    const from = relative(src, file).split('/')[0] as string;
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    return (
      importedFiles
        .filter(({ fileName }) => fileName.startsWith('.'))
        .map(({ fileName }) => relative(src, resolve(dirname(file), fileName)))
        // src/index.ts (the library's entry) and files outside src/ (schemas/) are no layer.
        .filter((target) => !target.startsWith('..') && target.includes('/'))
        .map((target) => ({ file: relative(src, file), from, to: target.split('/')[0] as string }))
        .filter(({ from: a, to: b }) => a !== b && from !== 'index.ts')
    );
  });
}

describe('import direction between the folders of src/', () => {
  const imports = folderImports();

  it('reads the imports it checks', () => {
    expect(imports.some(({ from, to }) => from === 'cli' && to === 'init')).toBe(true);
    expect(imports.length).toBeGreaterThan(100);
  });

  it('every folder is a known layer', () => {
    const folders = new Set(imports.flatMap(({ from, to }) => [from, to]));
    expect([...folders].filter((folder) => !(folder in ALLOWED))).toEqual([]);
  });

  it('imports only go down the layers', () => {
    const violations = imports
      .filter(({ from, to }) => !ALLOWED[from]?.includes(to))
      .map(({ file, from, to }) => `src/${file}: ${from} -> ${to}`);
    expect([...new Set(violations)]).toEqual([]);
  });
});

// A new stack is one folder in src/stacks and one line in src/stacks/index.ts: nothing outside
// src/stacks may decide by a stack's name (renderers read what the stack decided instead).
describe('no per-stack switch outside src/stacks', () => {
  it('no file compares a language to a stack name', () => {
    const switching = sourceFiles(src)
      .filter((file) => !relative(src, file).startsWith('stacks/'))
      .filter((file) =>
        /\.language\s*[!=]==\s*['"]|switch\s*\([^)]*\.language\)/.test(readFileSync(file, 'utf8')),
      )
      .map((file) => relative(src, file));
    expect(switching).toEqual([]);
  });
});
