/**
 * Requires a large CommonJS package through V8's code cache, so that a short run does not spend most of its
 * time compiling it. Node 22 has this built in (`module.enableCompileCache`); Node 20, which shipshape
 * supports, does not, so this does the same for the one package that needs it: mvdan-sh, a 1.5 MB GopherJS
 * bundle. Measured here: requiring it took 97 ms (50 ms compile, 41 ms start-up), and 30 ms with the cache
 * (9 ms compile, 20 ms start-up), which is most of what `shipshape lint Dockerfile` took.
 *
 * The cache is written once, when the process exits (so it holds every function the run compiled), into
 * the user's own cache folder (`$XDG_CACHE_HOME/shipshape` or `~/.cache/shipshape`, mode 0700: code
 * cache read from a folder others can write would run their code). V8 checks the data against its
 * version and flags and rejects a stale cache, which is then compiled as usual and written again. Any
 * failure to read or write it only costs the time it would have saved. `NODE_DISABLE_COMPILE_CACHE=1` (as
 * Node names it) turns it off.
 */

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { threadId } from 'node:worker_threads';

const loadedModules = new Map<string, unknown>();
const pendingWrites = new Map<string, Script>();

/** The package's exports, as `require(name)` would return them, from `from` (an `import.meta.url`). */
export function requireWithCodeCache(name: string, from: string): unknown {
  const require = createRequire(from);
  const file = require.resolve(name);
  if (loadedModules.has(file)) return loadedModules.get(file);
  const exports =
    process.env.NODE_DISABLE_COMPILE_CACHE || cacheFolder() === undefined ? require(name) : runCached(file);
  loadedModules.set(file, exports);
  return exports;
}

function cacheFolder(): string | undefined {
  const base = process.env.XDG_CACHE_HOME || userHome();
  return base
    ? join(base, ...(process.env.XDG_CACHE_HOME ? [] : ['.cache']), 'shipshape', 'code-cache')
    : undefined;
}

/** The home folder; none for a user without one (os.homedir throws when the passwd entry is missing too). */
function userHome(): string | undefined {
  try {
    return homedir() || undefined;
  } catch {
    return undefined;
  }
}

function runCached(file: string): unknown {
  const source = readFileSync(file, 'utf8');
  // Named by the text itself: V8 checks only the source's length against the cache, so a package
  // updated in place must not meet the cache of its old text (hashing 1.5 MB costs about 2 ms).
  const key = createHash('sha1').update(`${process.version}\0${process.arch}\0`).update(source).digest('hex');
  // `<which file>-<which text>.v8`: a new build or version of the file replaces its old cache.
  const cachePath = join(cacheFolder() as string, `${fileTag(file)}-${key}.v8`);
  const cached = readCache(cachePath);
  const script = new Script(Module.wrap(source), {
    filename: file,
    ...(cached ? { cachedData: cached } : {}),
  });
  const module = { exports: {} as unknown, id: file, filename: file, loaded: false };
  const wrapper = script.runInThisContext() as (
    exports: unknown,
    require: NodeJS.Require,
    module: unknown,
    filename: string,
    dirname: string,
  ) => void;
  // The package's own require resolves from its folder, as Node's loader would have it.
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  module.loaded = true;
  if (!cached || script.cachedDataRejected) {
    if (pendingWrites.size === 0) process.once('exit', writePendingCodeCaches);
    pendingWrites.set(cachePath, script);
  }
  return module.exports;
}

function fileTag(file: string): string {
  return createHash('sha1').update(file).digest('hex').slice(0, 12);
}

function readCache(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Creates the folder and the missing ones above it, one level at a time: Node 20's
 * `mkdirSync(..., { recursive: true })` never returns for a path under /proc (measured: it spun until
 * killed with XDG_CACHE_HOME=/proc/x), where a plain mkdir fails at once.
 */
function makeFolders(folder: string): void {
  const missing: string[] = [];
  for (let current = folder; !existsSync(current); current = dirname(current)) {
    missing.unshift(current);
    if (dirname(current) === current) break;
  }
  for (const each of missing) mkdirSync(each, { mode: 0o700 });
}

/** Writes the caches this process compiled; on exit, and from tests. */
export function writePendingCodeCaches(): void {
  for (const [path, script] of pendingWrites) writeCache(path, script);
  pendingWrites.clear();
}

/** Forgets what this process loaded, so a test can load a package again. */
export function forgetLoadedModules(): void {
  loadedModules.clear();
}

function writeCache(path: string, script: Script): void {
  try {
    makeFolders(dirname(path));
    // Lint workers are threads of one process: the thread id keeps their temporary files apart.
    const temporary = `${path}.${process.pid}.${threadId}.tmp`;
    writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
    renameSync(temporary, path);
    const name = basename(path);
    const tag = name.slice(0, name.indexOf('-') + 1);
    for (const other of readdirSync(dirname(path)))
      if (other.startsWith(tag) && other !== name && other.endsWith('.v8'))
        rmSync(join(dirname(path), other), { force: true });
  } catch {
    // A read-only home or a full disk: the next run compiles again, as it would without a cache.
  }
}
