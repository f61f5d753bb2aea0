// Bundles the compiled CLI (dist/cli/main.js) and its lint worker into dist/bundle/, which bin/shipshape.js
// runs. Loading the 236 modules behind `shipshape lint` one by one (resolve, read, compile each, and yaml's
// 40 CommonJS files) cost about a third of a one-Dockerfile run: measured 442 ms unbundled vs 296 ms
// bundled (fastest of 15, machine under load). dist/ keeps the unbundled modules for library users.
//
// dist/bundle/ sits at the same depth as dist/cli/, so the paths the code resolves from import.meta.url
// (`../../package.json`, `../generated/*.cjs`, `../../docs/rules/`) mean the same in both; the worker is a
// second entry point named as parallel.ts looks for it (`./lint-worker.js`, beside the chunk that spawns it).
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

const outdir = new URL('../dist/bundle/', import.meta.url).pathname;
rmSync(outdir, { recursive: true, force: true });

await build({
  entryPoints: ['dist/cli/main.js', 'dist/lint/lint-worker.js'],
  absWorkingDir: new URL('..', import.meta.url).pathname,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir,
  entryNames: '[name]',
  chunkNames: 'chunk-[hash]',
  logLevel: 'warning',
  // Loaded on purpose at run time: mvdan-sh through V8's code cache (src/parse/compile-cache.ts), the rest
  // only by the commands that need them (lsp) or as Node resolves them for the generated validators.
  external: ['mvdan-sh', 'vscode-languageserver', 'vscode-languageserver/*', 'ajv', 'ajv/*'],
  // Bundled CommonJS (yaml, tar-stream) requires Node's built-ins; ESM output has no `require` of its own.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  plugins: [imageTableAsJson()],
});

/**
 * The 1.2 MB image table stays a JSON file read with JSON.parse: bundled, esbuild would turn it into a
 * JavaScript object literal, which V8 parses more slowly than JSON.
 */
function imageTableAsJson() {
  return {
    name: 'image-table-as-json',
    setup(builder) {
      builder.onResolve({ filter: /image-table\.json$/ }, () => ({
        path: 'image-table',
        namespace: 'table',
      }));
      builder.onLoad({ filter: /.*/, namespace: 'table' }, () => ({
        contents:
          "import { readFileSync } from 'node:fs';\n" +
          "export default JSON.parse(readFileSync(new URL('../images/image-table.json', import.meta.url), 'utf8'));\n",
        loader: 'js',
        resolveDir: '.',
      }));
    },
  };
}
