import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planInit } from '../../src/init/index.js';
import { memoryFileSystem } from '../memory-file-system.js';

const app = join(import.meta.dirname, '..', 'fixtures', 'apps', 'node-vite-spa');
const files = Object.fromEntries(
  ['package.json', 'yarn.lock', 'index.html', 'src/main.tsx'].map((name) => [
    name,
    readFileSync(join(app, name), 'utf8'),
  ]),
);

const dockerfile = (viteConfig: string) =>
  planInit(memoryFileSystem({ ...files, 'vite.config.ts': viteConfig }), '/work', '0.0.0').files.find(
    (file) => file.path === 'Dockerfile',
  )?.content;

describe("a Vite app's build.outDir", () => {
  it('is where nginx copies the site from', () => {
    expect(dockerfile("export default { build: { outDir: 'build/web' } }")).toContain(
      'COPY --from=build /app/build/web/ /usr/share/nginx/html/',
    );
  });

  it('is respected outside the app folder', () => {
    expect(dockerfile("export default { build: { outDir: '../public' } }")).toContain(
      'COPY --from=build /public/ /usr/share/nginx/html/',
    );
  });
});
