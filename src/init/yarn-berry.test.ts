import { describe, expect, it } from 'vitest';
import { memoryFileSystem } from '../../test/memory-file-system.js';
import { appFacts } from '../detect/app-facts.js';
import { detectRepository } from '../detect/index.js';
import { fileView } from '../stacks/shared/file-view.js';
import { initFiles } from './init-files.js';

// Yarn 2+ writes a `__metadata:` block at the top of yarn.lock; Yarn 1 never does. An app may commit
// that lockfile without a .yarnrc.yml (Corepack and the defaults are enough).
const BERRY_LOCK =
  '__metadata:\n  version: 8\n  cacheKey: 10c0\n\n"express@npm:^4.19.2":\n  version: 4.19.2\n';

function generate(files: Record<string, string>) {
  const fs = memoryFileSystem(files, '/repo');
  const result = detectRepository(fileView(fs, '/repo'));
  const dockerfile = initFiles(result, (path) => appFacts(fs, `/repo/${path}`), '0.1.0').find(
    (file) => file.path === 'Dockerfile',
  );
  return { app: result.apps[0], dockerfile: dockerfile?.content ?? '' };
}

describe('Yarn Berry, recognised one way by detect and by the image', () => {
  const pkg = JSON.stringify({
    name: 'api',
    scripts: { start: 'node server.js' },
    dependencies: { express: '^4.19.2' },
  });

  it('a Berry lockfile without .yarnrc.yml installs with --immutable, in the AppPlan and in the Dockerfile', () => {
    const { app, dockerfile } = generate({ 'package.json': pkg, 'yarn.lock': BERRY_LOCK, 'server.js': '' });
    expect(app?.installCommand).toBe('yarn install --immutable');
    expect(dockerfile).toContain('yarn install --immutable');
    expect(dockerfile).toContain('yarn workspaces focus --all --production');
    expect(dockerfile).not.toContain('--frozen-lockfile');
    // Nothing to copy that the repository does not have.
    expect(dockerfile).not.toContain('.yarnrc.yml');
  });

  it('a Yarn 1 lockfile stays Yarn 1', () => {
    const { app, dockerfile } = generate({
      'package.json': pkg,
      'yarn.lock': '# yarn lockfile v1\n\nexpress@^4.19.2:\n  version "4.19.2"\n',
      'server.js': '',
    });
    expect(app?.installCommand).toBe('yarn install --frozen-lockfile');
    expect(dockerfile).toContain('yarn install --frozen-lockfile --production');
    expect(dockerfile).not.toContain('--immutable');
  });
});
