import { describe, expect, it } from 'vitest';
import { memoryFileSystem } from '../../../test/memory-file-system.js';
import { fileView } from '../shared/file-view.js';
import { nodeDetection, resolvedScript } from './detect.js';

// Distilled from uptime-kuma: a Vite front end served by the app's own Express server, started through
// a second script, with a Playwright config that starts a test server on a port of its own.
const plan = (files: Record<string, string>) =>
  nodeDetection.plan(fileView(memoryFileSystem({ 'package-lock.json': '{}', ...files }), '/work'), '.');

describe('a Vite front end with its own server', () => {
  const pkg = {
    scripts: { build: 'vite build', start: 'npm run start-server', 'start-server': 'node server/server.js' },
    dependencies: { express: '4', vite: '5' },
  };

  it('is a server, started by the script start runs, not a static site', () => {
    const app = plan({
      'package.json': JSON.stringify(pkg),
      'server/server.js': "require('express')().listen(process.env.PORT || 3001);\n",
      'config/playwright.config.js': "module.exports = { webServer: { url: 'http://localhost:30001' } };\n",
    });
    expect(app.static).toBeFalsy();
    expect(app.framework).toBe('express');
    expect(app.startCommand).toBe('node server/server.js');
    expect(app.port).toBe(3001);
  });

  it('falls back to its server framework’s port, not the static server’s', () => {
    const app = plan({ 'package.json': JSON.stringify(pkg), 'server/server.js': "require('express')();\n" });
    expect(app.port).toBe(3000);
  });
});

describe('resolvedScript', () => {
  it.each([
    [{ start: 'npm run serve', serve: 'node app.js' }, 'node app.js'],
    [{ start: 'pnpm serve', serve: 'yarn run web', web: 'node web.js' }, 'node web.js'],
    [{ start: 'npm run missing' }, 'npm run missing'],
    [{ start: 'npm run start' }, 'npm run start'],
    [{ start: 'npm run build && node dist/app.js', build: 'tsc' }, 'npm run build && node dist/app.js'],
  ])('%j start runs %s', (scripts, expected) => expect(resolvedScript(scripts, 'start')).toBe(expected));
});
