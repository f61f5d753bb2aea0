// Bundles the compiled CLI (dist/cli/main.js) and its lint worker into dist/bundle/, which bin/shipshape.js
// runs. Loading the 236 modules behind `shipshape lint` one by one (resolve, read, compile each, and yaml's
// 40 CommonJS files) cost about a third of a one-Dockerfile run: measured 442 ms unbundled vs 296 ms
// bundled (fastest of 15, machine under load). dist/ keeps the unbundled modules for library users.
//
// dist/bundle/ sits at the same depth as dist/cli/, so the paths the code resolves from import.meta.url
// (`../../package.json`, `../generated/*.cjs`, `../../docs/rules/`) mean the same in both; the worker is a
// second bundle named as parallel.ts looks for it (`./lint-worker.js`, beside the code that spawns it).
import { rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const outdir = new URL('../dist/bundle/', import.meta.url).pathname;
rmSync(outdir, { recursive: true, force: true });

const common = {
  absWorkingDir: new URL('..', import.meta.url).pathname,
  bundle: true,
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  // Loaded on purpose at run time: mvdan-sh through V8's code cache (src/parse/compile-cache.ts), the rest
  // only by the commands that need them (lsp) or as Node resolves them for the generated validators.
  external: ['mvdan-sh', 'vscode-languageserver', 'vscode-languageserver/*', 'ajv', 'ajv/*'],
  plugins: [imageTableAsJson()],
};

// The CLI as one CommonJS file, which bin/shipshape.js runs through V8's code cache like mvdan-sh: Node 20
// caches no ES module code, and compiling the bundle was ~20 ms of every run (measured: one Dockerfile
// 231 -> 208 ms median of 15, load average 4.5). Its commands' dynamic imports become plain requires.
await build({
  ...common,
  entryPoints: ['dist/cli/main.js'],
  format: 'cjs',
  outfile: `${outdir}main.cjs`,
  define: { 'import.meta.url': 'import_meta_url' },
  inject: [new URL('./bundle/import-meta-url.js', import.meta.url).pathname],
});

// The lint worker the same way: CommonJS through the code cache, behind the ES module Worker loads from
// parallel.ts (`./lint-worker.js`, beside the code that spawns it). Each worker compiled its ~1 MB bundle.
await build({
  ...common,
  entryPoints: ['dist/lint/lint-worker.js'],
  format: 'cjs',
  outfile: `${outdir}lint-worker.cjs`,
  define: { 'import.meta.url': 'import_meta_url' },
  inject: [new URL('./bundle/import-meta-url.js', import.meta.url).pathname],
});
writeFileSync(
  `${outdir}lint-worker.js`,
  "import { requireWithCodeCache } from '../parse/compile-cache.js';\n\nrequireWithCodeCache('./lint-worker.cjs', import.meta.url);\n",
);

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
