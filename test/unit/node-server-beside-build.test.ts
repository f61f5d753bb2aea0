import { describe, expect, it } from 'vitest';
import { planInit } from '../../src/init/index.js';
import { memoryFileSystem } from '../memory-file-system.js';

// Distilled from uptime-kuma: `vite build` writes the front end into dist/, the Express server in
// server/ is source the build never touches, and production must carry both.
describe('a server beside its front-end build', () => {
  it('runs from the source with the build output over it', () => {
    const files = planInit(
      memoryFileSystem({
        'package.json': JSON.stringify({
          name: 'status-board',
          scripts: { build: 'vite build', start: 'node server/server.js' },
          dependencies: { express: '4' },
          devDependencies: { vite: '5' },
        }),
        'package-lock.json': JSON.stringify({ lockfileVersion: 3, packages: { '': {} } }),
        'server/server.js': "require('express')().listen(process.env.PORT || 3001);\n",
        'index.html': '<div id="app"></div>\n',
      }),
      '/work',
      '0.0.0',
    ).files;
    const dockerfile = files.find((file) => file.path === 'Dockerfile')?.content ?? '';
    const production = dockerfile.slice(dockerfile.indexOf('AS production'));
    const source = production.indexOf('COPY --chown=1000:1000 . .');
    expect(source).toBeGreaterThan(0);
    expect(production.indexOf('COPY --from=build --chown=1000:1000 /app/dist ./dist')).toBeGreaterThan(
      source,
    );
  });
});
