import { describe, expect, it } from 'vitest';
import { viteOutDir } from './vite-out-dir.js';

describe('viteOutDir', () => {
  it.each<[string, string | undefined]>([
    ["export default defineConfig({ build: { outDir: 'build' } })", 'build'],
    ["build: { outDir: '../server/public', emptyOutDir: true }", '../server/public'],
    ["build: { outDir: resolve(__dirname, 'assets/ui') }", 'assets/ui'],
    ["build: { outDir: path.join(__dirname, '..', 'dist', 'web') }", '../dist/web'],
    ["build: { outDir: resolve(root, 'build') }", undefined],
    ['export default defineConfig({ plugins: [react()] })', undefined],
    ["build: { outDir: '/srv/www' }", undefined],
  ])('%s', (config, expected) => expect(viteOutDir(config)).toBe(expected));
});
