// npm run bench:detect — detect accuracy on an outside corpus: Railpack's examples/ folder, where each
// example is named after the provider it should map to. Point RAILPACK_EXAMPLES at a copy of it.
// Examples in languages shipshape does not build (Deno, C++, Elixir, Gleam, shell scripts) count as
// correct only when detect recognises no app and says so, rather than guessing.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectRepository } from '../dist/detect/index.js';
import { nodeFileSystem } from '../dist/io/file-system.js';
import { fileView } from '../dist/stacks/shared/file-view.js';

const dir = process.env.RAILPACK_EXAMPLES;
if (!dir || !existsSync(dir)) {
  console.error('set RAILPACK_EXAMPLES to a copy of the examples/ folder of github.com/railwayapp/railpack');
  process.exit(2);
}

const EXPECTED = [
  [/^(node|bun|expo|tanstack|npm|pnpm|config-file|mise-config)/, 'node'],
  [/^python/, 'python'],
  [/^go-/, 'go'],
  [/^rust/, 'rust'],
  [/^java/, 'java'],
  [/^dotnet/, 'dotnet'],
  [/^php/, 'php'],
  [/^ruby/, 'ruby'],
  [/^staticfile/, 'static'],
  [/^(deno|cpp|elixir|gleam|shell|secrets|railpack-env|dockerignore)/, 'none'],
];

const fs = nodeFileSystem();
const rows = [];
const start = performance.now();
for (const name of readdirSync(dir).sort()) {
  const expected = EXPECTED.find(([pattern]) => pattern.test(name))?.[1] ?? 'none';
  const result = detectRepository(fileView(fs, join(dir, name)));
  const languages = [...new Set(result.apps.map((app) => app.language))];
  const got = languages.length ? languages.join('+') : 'none';
  const correct =
    expected === 'none' ? languages.length === 0 : languages.includes(expected) && languages.length === 1;
  rows.push({ name, expected, got, correct });
}
const seconds = (performance.now() - start) / 1000;
const wrong = rows.filter((row) => !row.correct);
const byLanguage = new Map();
for (const row of rows) {
  const entry = byLanguage.get(row.expected) ?? { total: 0, correct: 0 };
  entry.total++;
  if (row.correct) entry.correct++;
  byLanguage.set(row.expected, entry);
}
// A 1,000-file repository with a large node_modules beside it: detect must not walk the latter.
const big = join(tmpdir(), `shipshape-detect-${process.pid}`);
mkdirSync(join(big, 'src'), { recursive: true });
writeFileSync(
  join(big, 'package.json'),
  JSON.stringify({ name: 'big', scripts: { start: 'node src/index.js' }, dependencies: { express: '4' } }),
);
for (let i = 0; i < 1000; i++) writeFileSync(join(big, 'src', `module${i}.js`), `export const x = ${i};\n`);
for (let i = 0; i < 2000; i++) {
  mkdirSync(join(big, 'node_modules', `dep${i}`), { recursive: true });
  writeFileSync(join(big, 'node_modules', `dep${i}`, 'index.js'), '');
}
const bigStart = performance.now();
detectRepository(fileView(fs, big));
const bigSeconds = (performance.now() - bigStart) / 1000;
rmSync(big, { recursive: true, force: true });

console.log(
  `Railpack examples: ${rows.length - wrong.length}/${rows.length} detected correctly (${((100 * (rows.length - wrong.length)) / rows.length).toFixed(1)}%) in ${seconds.toFixed(2)} s`,
);
console.log('| expected | correct |');
console.log('| --- | ---: |');
for (const [language, { total, correct }] of [...byLanguage].sort())
  console.log(`| ${language} | ${correct}/${total} |`);
console.log(
  `\n1,000-file repository (plus 2,000 packages in node_modules): ${(bigSeconds * 1000).toFixed(0)} ms`,
);
if (wrong.length) {
  console.log('\nmisses:');
  for (const row of wrong) console.log(`  ${row.name}: expected ${row.expected}, got ${row.got}`);
}
