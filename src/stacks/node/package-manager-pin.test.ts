import { describe, expect, it } from 'vitest';
import { packageManagerPin } from './package-manager-pin.js';

describe('packageManagerPin', () => {
  it('takes the exact release package.json declares, without its hash', () => {
    expect(
      packageManagerPin('pnpm', {
        declared:
          'pnpm@10.20.0+sha512.cf9998222162dd85864d0a8102e7892e7ba4ceadebbf5a31f9c2fce48dfce317a9c53b9f6464d1ef9042cba2e02ae02a9f7c143a2b438cd93c91840f0192b9dd',
      }),
    ).toEqual({
      spec: 'pnpm@10.20.0',
      from: "package.json's packageManager",
    });
    expect(packageManagerPin('yarn-berry', { declared: 'yarn@4.1.0' })?.spec).toBe('@yarnpkg/cli-dist@4.1.0');
  });

  it.each<[string, string | undefined, string]>([
    ["lockfileVersion: '9.0'\n", undefined, 'pnpm@9'],
    ["lockfileVersion: '9.0'\n", 'packages:\n  - .\nonlyBuiltDependencies:\n  - prisma\n', 'pnpm@10'],
    ["lockfileVersion: '6.0'\n", undefined, 'pnpm@8'],
    ['lockfileVersion: 5.4\n', undefined, 'pnpm@7'],
    ['lockfileVersion: 5.3\n', undefined, 'pnpm@6'],
  ])('maps the pnpm lockfile %j (workspace %j) to %s', (lockfile, pnpmWorkspace, spec) => {
    expect(packageManagerPin('pnpm', { lockfile, pnpmWorkspace })).toEqual({
      spec,
      from: "the release line of pnpm-lock.yaml's lockfileVersion",
    });
  });

  it('ignores a packageManager that names another manager than the lockfile', () => {
    expect(
      packageManagerPin('pnpm', { declared: 'yarn@1.22.22', lockfile: "lockfileVersion: '6.0'\n" })?.spec,
    ).toBe('pnpm@8');
  });

  it.each([
    ['__metadata:\n  version: 8\n  cacheKey: 10c0\n', '@yarnpkg/cli-dist@4'],
    ['__metadata:\n  version: 6\n  cacheKey: 8\n', '@yarnpkg/cli-dist@3'],
    ['__metadata:\n  version: 4\n', '@yarnpkg/cli-dist@2'],
  ])('maps the Berry lockfile format %j to %s', (lockfile, spec) => {
    expect(packageManagerPin('yarn-berry', { lockfile })?.spec).toBe(spec);
  });

  it('installs Yarn 1 for a Berry project that commits its release, and names the release', () => {
    expect(
      packageManagerPin('yarn-berry', {
        lockfile: '__metadata:\n  version: 8\n',
        yarnrc: 'nodeLinker: node-modules\nyarnPath: .yarn/releases/yarn-4.3.1.cjs\n',
      }),
    ).toEqual({
      spec: 'yarn@1',
      from: "it hands over to .yarnrc.yml's yarnPath",
      release: '.yarn/releases/yarn-4.3.1.cjs',
    });
  });

  it('pins Yarn 1 for a classic lockfile, the current major without one, nothing for npm and Bun', () => {
    expect(packageManagerPin('yarn', { lockfile: '# yarn lockfile v1\n' })?.spec).toBe('yarn@1');
    expect(packageManagerPin('pnpm', {})).toEqual({
      spec: 'pnpm@10',
      from: 'no packageManager or lockfile names one',
    });
    expect(packageManagerPin('npm', { declared: 'npm@10.9.0' })).toBeUndefined();
    expect(packageManagerPin('bun', {})).toBeUndefined();
  });
});
