import { createHash } from 'node:crypto';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { forgetLoadedModules, requireWithCodeCache, writePendingCodeCaches } from './compile-cache.js';

describe('requireWithCodeCache', () => {
  let dir: string;
  let from: string;
  let cache: string;
  const saved = { xdg: process.env.XDG_CACHE_HOME, off: process.env.NODE_DISABLE_COMPILE_CACHE };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'shipshape-cc-'));
    const pkg = join(dir, 'node_modules', 'tiny');
    mkdirSync(pkg, { recursive: true });
    writeFileSync(join(pkg, 'package.json'), '{"name":"tiny","main":"index.js"}');
    // A module that uses its own require, module and __dirname, as a real CommonJS package does.
    writeFileSync(
      join(pkg, 'index.js'),
      "const path = require('node:path'); module.exports = { twice: (n) => n * 2, here: path.basename(__dirname), self: module.id };",
    );
    from = pathToFileURL(join(dir, 'entry.js')).href;
    cache = join(dir, 'cache');
    process.env.XDG_CACHE_HOME = cache;
    delete process.env.NODE_DISABLE_COMPILE_CACHE;
    forgetLoadedModules();
  });

  afterEach(() => {
    writePendingCodeCaches();
    forgetLoadedModules();
    if (saved.xdg === undefined) delete process.env.XDG_CACHE_HOME;
    else process.env.XDG_CACHE_HOME = saved.xdg;
    if (saved.off === undefined) delete process.env.NODE_DISABLE_COMPILE_CACHE;
    else process.env.NODE_DISABLE_COMPILE_CACHE = saved.off;
    rmSync(dir, { recursive: true, force: true });
  });

  const cacheFiles = () => {
    try {
      return readdirSync(join(cache, 'shipshape', 'code-cache'));
    } catch {
      return [];
    }
  };

  it('returns what require returns, and writes the cache only for the user', () => {
    const tiny = requireWithCodeCache('tiny', from) as { twice: (n: number) => number; here: string };
    expect(tiny.twice(21)).toBe(42);
    expect(tiny.here).toBe('tiny');
    expect(requireWithCodeCache('tiny', from)).toBe(tiny);
    expect(cacheFiles()).toEqual([]);
    writePendingCodeCaches();
    const [file] = cacheFiles();
    expect(file).toMatch(/^[0-9a-f]{12}-[0-9a-f]{40}\.v8$/);
    const folder = join(cache, 'shipshape', 'code-cache');
    expect(statSync(folder).mode & 0o077).toBe(0);
    expect(readFileSync(join(folder, file as string)).length).toBeGreaterThan(0);
  });

  it('loads from the cache it wrote, and survives a corrupt one by compiling again', () => {
    requireWithCodeCache('tiny', from);
    writePendingCodeCaches();
    const folder = join(cache, 'shipshape', 'code-cache');
    const [file] = cacheFiles();
    const written = statSync(join(folder, file as string)).mtimeMs;
    forgetLoadedModules();
    expect((requireWithCodeCache('tiny', from) as { twice: (n: number) => number }).twice(2)).toBe(4);
    writePendingCodeCaches();
    // An accepted cache is not written again.
    expect(statSync(join(folder, file as string)).mtimeMs).toBe(written);

    // V8 keeps what this process compiled in memory, by text and file name, and would not look at the
    // cache for the same file again, as a new process does: the same package elsewhere reaches it. Its
    // cache is named by its own path and the same text.
    const copy = join(dir, 'elsewhere');
    cpSync(join(dir, 'node_modules'), join(copy, 'node_modules'), { recursive: true });
    const copyTag = createHash('sha1')
      .update(join(copy, 'node_modules', 'tiny', 'index.js'))
      .digest('hex');
    const corrupt = `${copyTag.slice(0, 12)}${(file as string).slice(12)}`;
    writeFileSync(join(folder, corrupt), 'not V8 code cache');
    from = pathToFileURL(join(copy, 'entry.js')).href;
    forgetLoadedModules();
    expect((requireWithCodeCache('tiny', from) as { twice: (n: number) => number }).twice(3)).toBe(6);
    writePendingCodeCaches();
    expect(readFileSync(join(folder, corrupt), 'utf8')).not.toBe('not V8 code cache');
  });

  it('replaces the cache of an older text of the same file', () => {
    requireWithCodeCache('tiny', from);
    writePendingCodeCaches();
    const [old] = cacheFiles();
    const index = join(dir, 'node_modules', 'tiny', 'index.js');
    writeFileSync(index, readFileSync(index, 'utf8').replace('n * 2', '2 * n'));
    forgetLoadedModules();
    requireWithCodeCache('tiny', from);
    writePendingCodeCaches();
    const now = cacheFiles();
    expect(now).toHaveLength(1);
    expect(now[0]).not.toBe(old);
    expect(now[0]?.slice(0, 13)).toBe(old?.slice(0, 13));
  });

  it('gives up at once on a cache folder that cannot be made', () => {
    // Under /proc, Node's recursive mkdir never returns; the plain one fails straight away.
    process.env.XDG_CACHE_HOME = '/proc/shipshape-no-such-folder/cache';
    expect((requireWithCodeCache('tiny', from) as { twice: (n: number) => number }).twice(4)).toBe(8);
    writePendingCodeCaches();
  });

  it('writes nothing when NODE_DISABLE_COMPILE_CACHE is set', () => {
    process.env.NODE_DISABLE_COMPILE_CACHE = '1';
    expect((requireWithCodeCache('tiny', from) as { twice: (n: number) => number }).twice(5)).toBe(10);
    writePendingCodeCaches();
    expect(cacheFiles()).toEqual([]);
  });
});
