import { describe, expect, it } from 'vitest';
import { memoryFileSystem } from '../../../test/memory-file-system.js';
import { fileView } from '../shared/file-view.js';
import { nodeDetection } from './detect.js';

const plan = (pkg: object, files: Record<string, string> = {}) =>
  nodeDetection.plan(
    fileView(
      memoryFileSystem({ 'package.json': JSON.stringify(pkg), 'package-lock.json': '{}', ...files }),
      '/work',
    ),
    '.',
  );

describe('package.json main as the start command', () => {
  it('resolves main as Node does, without its extension', () => {
    expect(plan({ main: 'server', dependencies: { express: '4' } }, { 'server.js': '' }).startCommand).toBe(
      'node server.js',
    );
  });

  it('takes a main the build writes (dist/index.js) when there is a build script', () => {
    const app = plan({ main: 'dist/index.js', scripts: { build: 'tsc' }, dependencies: { express: '4' } });
    expect(app.startCommand).toBe('node dist/index.js');
  });

  it('says what is wrong with a main that names no file', () => {
    const app = plan({ main: 'lib/app.js', dependencies: { express: '4' } });
    expect(app.startCommand).toBeUndefined();
    expect(app.warnings).toContainEqual(expect.stringMatching(/main \(lib\/app\.js\) names no file/));
  });
});
