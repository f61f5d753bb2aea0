import { describe, expect, it } from 'vitest';
import { planInit } from '../../src/init/index.js';
import { finalStage, parseDockerfile } from '../../src/parse/dockerfile.js';
import { memoryFileSystem } from '../memory-file-system.js';

const SERVER = "require('node:http').createServer((q, s) => s.end('ok')).listen(3000);\n";

function dockerfile(files: Record<string, string>): string {
  const generated = planInit(memoryFileSystem({ 'server.js': SERVER, ...files }), '/work', '0.0.0').files;
  return generated.find((file) => file.path === 'Dockerfile')?.content ?? '';
}

const pkg = (fields: object) =>
  JSON.stringify({ name: 'links', scripts: { start: 'node server.js' }, engines: { node: '22' }, ...fields });

describe('the package manager the image installs', () => {
  it('installs the pnpm the lockfile belongs to from the npm registry, never through Corepack', () => {
    const text = dockerfile({
      'package.json': pkg({}),
      'pnpm-lock.yaml': "lockfileVersion: '9.0'\n\nimporters:\n\n  .: {}\n",
      // A pnpm 10 setting (umami's case): the lockfile format alone would say pnpm 9.
      'pnpm-workspace.yaml': 'onlyBuiltDependencies:\n  - esbuild\n',
    });
    expect(text).toContain('npm install -g pnpm@10\n');
    expect(text).not.toContain('corepack');
  });

  it("copies a Berry project's committed release before the install, and installs Yarn 1 to hand over to it", () => {
    const text = dockerfile({
      'package.json': pkg({ packageManager: 'yarn@4.3.1' }),
      'yarn.lock': '__metadata:\n  version: 8\n  cacheKey: 10c0\n',
      '.yarnrc.yml': 'nodeLinker: node-modules\nyarnPath: .yarn/releases/yarn-4.3.1.cjs\n',
      '.yarn/releases/yarn-4.3.1.cjs': '// the release\n',
    });
    expect(text).toContain('npm install -g --force yarn@1\n');
    const copy = text.indexOf('COPY .yarn/releases/yarn-4.3.1.cjs ./.yarn/releases/');
    expect(copy).toBeGreaterThan(0);
    expect(copy).toBeLessThan(text.indexOf('yarn workspaces focus --all --production'));
  });
});

describe('native modules', () => {
  const lock = (entries: object) =>
    JSON.stringify({ lockfileVersion: 3, packages: { '': { name: 'links' }, ...entries } });

  it('builds a prebuild-install module from source in a stage that production does not start from', () => {
    const text = dockerfile({
      'package.json': pkg({ dependencies: { 'better-sqlite3': '11.8.1' } }),
      'package-lock.json': lock({
        'node_modules/better-sqlite3': {
          version: '11.8.1',
          hasInstallScript: true,
          dependencies: { bindings: '^1.5.0', 'prebuild-install': '^7.1.1' },
        },
      }),
    });
    const model = parseDockerfile(text);
    const from = (name: string) => model.stages.find((stage) => stage.name === name)?.baseImage;
    expect(from('native-build')).toBe('base');
    expect(from('deps')).toBe('native-build');
    expect(from('development')).toBe('native-build');
    expect(finalStage(model)?.baseImage).toBe('base');
    expect(text).toContain('ENV npm_config_build_from_source=true npm_config_nodedir=/usr/local');
    expect(text).toMatch(/apt-get install -y --no-install-recommends python3=\S+ make=\S+ g\+\+=\S+/);
  });

  it('adds no compilers for sharp 0.33 and later, whose binaries are npm packages', () => {
    const text = dockerfile({
      'package.json': pkg({ dependencies: { sharp: '0.34.5' } }),
      'package-lock.json': lock({
        'node_modules/sharp': {
          version: '0.34.5',
          hasInstallScript: true,
          dependencies: { 'detect-libc': '^2.1.2', semver: '^7.7.3' },
          optionalDependencies: { '@img/sharp-linux-x64': '0.34.5' },
        },
      }),
    });
    expect(text).not.toContain('native-build');
    expect(text).not.toContain('g++');
  });
});

describe('sharp before 0.33', () => {
  it('gets no compilers, which cannot build it without GitHub, and the header says so', () => {
    const text = dockerfile({
      'package.json': pkg({ dependencies: { sharp: '0.32.6' } }),
      'package-lock.json': JSON.stringify({
        lockfileVersion: 3,
        packages: {
          '': { name: 'links' },
          'node_modules/sharp': {
            version: '0.32.6',
            hasInstallScript: true,
            dependencies: { 'node-addon-api': '^6.1.0', 'prebuild-install': '^7.1.1' },
          },
        },
      }),
    });
    expect(text).not.toContain('native-build');
    expect(text).toMatch(/^# sharp@0\.32\.6 downloads libvips from GitHub at install/m);
  });
});

describe('.npmrc settings', () => {
  it('carries the install settings of an .npmrc that .dockerignore leaves out into every install', () => {
    const text = dockerfile({
      'package.json': pkg({ dependencies: { react: '19.2.0' } }),
      'package-lock.json': JSON.stringify({ lockfileVersion: 3, packages: { '': { name: 'links' } } }),
      '.npmrc': 'legacy-peer-deps=true\n//registry.example.com/:_authToken=${NPM_TOKEN}\n',
    });
    expect(text.match(/^ENV npm_config_legacy_peer_deps=true$/gm)).toHaveLength(2);
    expect(text).not.toContain('authToken');
    const production = text.slice(text.indexOf('AS production'));
    expect(production).not.toContain('npm_config');
  });
});
