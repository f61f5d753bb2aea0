import { describe, expect, it } from 'vitest';
import { memoryFileSystem } from '../../test/memory-file-system.js';
import { parseJson5 } from '../stacks/node/detect.js';
import { requirementName } from '../stacks/python/detect.js';
import { fileView } from '../stacks/shared/file-view.js';
import {
  servicesFromCompose,
  servicesFromDependencies,
  servicesFromText,
} from '../stacks/shared/services.js';
import { normaliseVersion, toolVersionsEntry } from '../stacks/shared/versions.js';
import { detectRepository } from './index.js';
import { expandGlobs, findWorkspace, memberDependencies } from './workspaces.js';

describe('normaliseVersion', () => {
  it.each<[string | undefined, 1 | 2, string | undefined]>([
    ['20.11.1', 1, '20.11.1'],
    ['v20', 1, '20'],
    ['>=20', 1, '20'],
    ['^18.17.0', 1, '18'],
    ['20.x', 1, '20'],
    ['>=18 <21', 1, '18'],
    ['lts/*', 1, undefined],
    ['^3.11', 2, '3.11'],
    ['>=3.10,<4', 2, '3.10'],
    ['~=3.12.1', 2, '3.12'],
    ['<4', 2, undefined],
    [undefined, 1, undefined],
  ])('%s (parts %s) -> %s', (spec, parts, expected) => expect(normaliseVersion(spec, parts)).toBe(expected));

  it('reads .tool-versions', () => {
    expect(toolVersionsEntry('python 3.11.7\nnodejs 20.11.1\n', ['nodejs', 'node'])).toBe('20.11.1');
  });
});

describe('services', () => {
  it('from dependencies of any ecosystem, by name or prefix', () => {
    expect(
      [
        ...servicesFromDependencies([
          'github.com/jackc/pgx/v5',
          'StackExchange.Redis',
          'kafkajs',
          'left-pad',
        ]),
      ].sort(),
    ).toEqual(['kafka', 'postgres', 'redis']);
  });

  it('from connection URLs and Laravel-style env templates', () => {
    expect(
      [
        ...servicesFromText(
          'DATABASE_URL=postgresql+asyncpg://u@db/x\nBROKER=amqp://rabbit\nDB_CONNECTION=mysql\n',
        ),
      ].sort(),
    ).toEqual(['mysql', 'postgres', 'rabbitmq']);
  });

  it('from images in an existing compose file', () => {
    expect(
      [
        ...servicesFromCompose(
          'services:\n  db:\n    image: "postgis/postgis:16-3.4"\n  q:\n    image: bitnami/kafka:3.8\n  web:\n    image: nginx:1.27\n',
        ),
      ].sort(),
    ).toEqual(['kafka', 'postgres']);
  });
});

describe('python requirement names', () => {
  it.each([
    ['Flask[async]>=3.0 ; python_version>"3.8"', 'flask'],
    ['psycopg2_binary==2.9', 'psycopg2-binary'],
    ['# a comment', undefined],
  ])('%s -> %s', (line, name) => expect(requirementName(line)).toBe(name));
});

describe('workspace globs', () => {
  const view = fileView(
    memoryFileSystem({
      'apps/a/package.json': '{}',
      'apps/b/package.json': '{}',
      'packages/x/y/package.json': '{}',
      'tools/skip/package.json': '{}',
    }),
    '/work',
  );
  it('expands *, ** and exclusions one or two levels down', () => {
    expect(expandGlobs(view, ['apps/*'])).toEqual(['apps/a', 'apps/b']);
    expect(expandGlobs(view, ['packages/**'])).toEqual(['packages/x', 'packages/x/y']);
    expect(expandGlobs(view, ['apps/*', '!apps/b', 'tools/skip'])).toEqual(['apps/a', 'tools/skip']);
  });
});

describe('memberDependencies', () => {
  const closure = (files: Record<string, string>, app: string) => {
    const view = fileView(memoryFileSystem(files, '/repo'), '/repo');
    const workspace = findWorkspace(view);
    if (!workspace) throw new Error('no workspace');
    return memberDependencies(view, workspace, app);
  };
  const pkg = (name: string, dependencies: Record<string, string> = {}, dev: Record<string, string> = {}) =>
    JSON.stringify({ name, dependencies, devDependencies: dev });

  it.each<[string, Record<string, string>, string, string[]]>([
    [
      'node: transitive members, each after what it needs, registry packages ignored',
      {
        'package.json': JSON.stringify({ workspaces: ['apps/*', 'packages/*'] }),
        'apps/api/package.json': pkg('api', { '@x/db': '*', express: '4' }, { '@x/config': '*' }),
        'packages/db/package.json': pkg('@x/db', { '@x/core': 'workspace:*' }),
        'packages/core/package.json': pkg('@x/core'),
        'packages/config/package.json': pkg('@x/config'),
        'packages/unused/package.json': pkg('@x/unused'),
      },
      'apps/api',
      ['packages/core', 'packages/db', 'packages/config'],
    ],
    [
      'node: a dependency cycle ends instead of looping',
      {
        'package.json': JSON.stringify({ workspaces: ['packages/*'] }),
        'packages/a/package.json': pkg('a', { b: '*' }),
        'packages/b/package.json': pkg('b', { a: '*' }),
      },
      'packages/a',
      ['packages/b'],
    ],
    [
      'node: no member dependencies',
      {
        'package.json': JSON.stringify({ workspaces: ['apps/*'] }),
        'apps/api/package.json': pkg('api', { express: '4' }),
      },
      'apps/api',
      [],
    ],
    [
      'cargo: path dependencies, relative to the member',
      {
        'Cargo.toml': '[workspace]\nmembers = ["crates/*"]\n',
        'crates/server/Cargo.toml':
          '[package]\nname = "server"\n[dependencies]\nmodel = { path = "../model" }\nserde = "1"\n',
        'crates/model/Cargo.toml': '[package]\nname = "model"\n[dependencies]\nutil = { path = "../util" }\n',
        'crates/util/Cargo.toml': '[package]\nname = "util"\n',
      },
      'crates/server',
      ['crates/util', 'crates/model'],
    ],
    [
      'go: required modules that are workspace members',
      {
        'go.work': 'go 1.22\n\nuse (\n\t./api\n\t./lib\n\t./other\n)\n',
        'api/go.mod':
          'module example.com/api\n\nrequire (\n\texample.com/lib v0.0.0\n\tgithub.com/x/y v1.0.0\n)\n',
        'lib/go.mod': 'module example.com/lib\n',
        'other/go.mod': 'module example.com/other\n',
      },
      'api',
      ['lib'],
    ],
  ])('%s', (_name, files, app, expected) => {
    expect(closure(files, app)).toEqual(expected);
  });
});

describe('cases found on Railpack examples', () => {
  const detect = (files: Record<string, string>) =>
    detectRepository(fileView(memoryFileSystem(files, '/repo'), '/repo'));

  it('reads pnpm package.json5 manifests with comments and trailing commas', () => {
    expect(
      parseJson5('{\n  // comment\n  "name": "x", /* block */\n  scripts: { "start": "node main.js", },\n}'),
    ).toEqual({ name: 'x', scripts: { start: 'node main.js' } });
    const result = detect({
      'package.json5': '{ "name": "j5", "scripts": { "start": "node main.js", }, }',
      'pnpm-lock.yaml': '',
      'main.js': '',
    });
    expect(result.apps[0]).toMatchObject({
      language: 'node',
      packageManager: 'pnpm',
      startCommand: 'node main.js',
    });
  });

  it('takes a workspace root that is itself the app, its members as libraries', () => {
    const result = detect({
      'package.json': JSON.stringify({ name: 'root', module: 'index.ts', workspaces: ['packages/*'] }),
      'bun.lock': '',
      'index.ts': '',
      'packages/a/package.json': JSON.stringify({ name: 'a', main: 'index.ts' }),
    });
    expect(result).toMatchObject({ monorepo: true, libraries: ['packages/a'] });
    expect(result.apps[0]).toMatchObject({ path: '.', packageManager: 'bun', startCommand: 'bun index.ts' });
  });

  it('recognises a lone Python script, but not next to a package.json', () => {
    expect(detect({ 'bot.py': 'print(1)\n' }).apps[0]).toMatchObject({
      language: 'python',
      startCommand: 'python bot.py',
    });
    expect(
      detect({ 'package.json': '{"name":"n","main":"index.js"}', 'index.js': '', 'main.py': '' }).apps[0]
        ?.language,
    ).toBe('node');
  });
});

describe('what detect reads', () => {
  it('never lists or reads inside node_modules, however big', () => {
    const files: Record<string, string> = {
      'package.json': JSON.stringify({
        name: 'big',
        scripts: { start: 'node src/index.js' },
        dependencies: { express: '4' },
      }),
      'package-lock.json': '{}',
    };
    for (let i = 0; i < 300; i++) files[`src/module${i}.js`] = `export const x${i} = ${i};\n`;
    for (let i = 0; i < 300; i++) files[`node_modules/dep${i}/index.js`] = '';
    const fs = memoryFileSystem(files, '/repo');
    const touched: string[] = [];
    const counting = {
      readFile(path: string) {
        touched.push(path);
        return fs.readFile(path);
      },
      kind(path: string) {
        touched.push(path);
        return fs.kind(path);
      },
      list(path: string) {
        touched.push(path);
        return fs.list(path);
      },
      writeFile: fs.writeFile,
    };
    const result = detectRepository(fileView(counting, '/repo'));
    expect(result.apps[0]?.framework).toBe('express');
    expect(touched.filter((path) => path.includes('node_modules/'))).toEqual([]);
  });
});
