import { describe, expect, it } from 'vitest';
import { cleanPath, decidingPattern, isExcluded, parseDockerignore } from './dockerignore.js';

const ignoring = (...lines: string[]) => parseDockerignore(`${lines.join('\n')}\n`);

describe('Docker .dockerignore semantics', () => {
  it.each<[string[], string, boolean]>([
    // A pattern is a path from the context root, unlike .gitignore where `foo` matches at any depth.
    [['.env'], '.env', true],
    [['.env'], 'config/.env', false],
    [['**/.env'], 'config/.env', true],
    [['**/.env'], '.env', true],
    // A leading slash changes nothing; a trailing one is cleaned away.
    [['/dist/'], 'dist/main.js', true],
    // A matching directory excludes everything under it.
    [['node_modules'], 'node_modules/a/index.js', true],
    [['*/node_modules'], 'packages/node_modules/x', true],
    [['*/node_modules'], 'packages/a/node_modules/x', false],
    // * and ? do not cross a slash; ** does.
    [['*.log'], 'debug.log', true],
    [['*.log'], 'logs/debug.log', false],
    [['**/*.log'], 'logs/deep/debug.log', true],
    [['logs/**'], 'logs/deep/debug.log', true],
    [['app?.txt'], 'app1.txt', true],
    [['app?.txt'], 'app/.txt', false],
    [['[a-c].txt'], 'b.txt', true],
    [['[!a].txt'], 'b.txt', false],
    // The last matching line wins; ! re-includes.
    [['.env*', '!.env.example'], '.env.example', false],
    [['.env*', '!.env.example'], '.env.local', true],
    [['!.env.example', '.env*'], '.env.example', true],
    // Re-including a file inside an excluded directory works in Docker (it still descends).
    [['docs', '!docs/README.md'], 'docs/README.md', false],
    // Comments only at the very first column; surrounding blanks are trimmed.
    [['# .env'], '.env', false],
    [['  .env  '], '.env', true],
    // Regex characters that have no glob meaning are literal.
    [['file(1).txt'], 'file(1).txt', true],
    [['a+b'], 'aab', false],
    // Patterns are cleaned like paths.
    [['./build/../dist'], 'dist/x', true],
  ])('%j: %s excluded is %s', (patterns, path, expected) => {
    expect(isExcluded(ignoring(...patterns), path)).toBe(expected);
  });

  it('never excludes the context root', () => {
    expect(isExcluded(ignoring('*'), '.')).toBe(false);
  });

  it('names the pattern that decided, with its line', () => {
    const ignore = ignoring('# secrets', '.env*', '!.env.example');
    expect(decidingPattern(ignore, '.env.example')?.range.start.line).toBe(3);
    expect(decidingPattern(ignore, '.env')?.source).toBe('.env*');
    expect(decidingPattern(ignore, 'src/index.ts')).toBeUndefined();
  });

  it('reports a bare ! and a broken character class', () => {
    expect(ignoring('!').problems[0]?.message).toMatch(/illegal exclusion/);
    expect(ignoring('[a-').problems[0]?.message).toMatch(/syntax error/);
  });
});

describe('cleanPath', () => {
  it.each([
    ['a//b/./c/', 'a/b/c'],
    ['./', '.'],
    ['../x', '../x'],
    ['/a/../../b', '/b'],
  ])('%s -> %s', (input, expected) => expect(cleanPath(input)).toBe(expected));
});
