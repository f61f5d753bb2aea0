// npm run bench:realworld [-- --only a,b] [-- --static] [-- --json results.json] [-- --readme] [-- --from results.json]
// Runs the real-app harness (test/realworld/harness.ts) on every app of ../shared/realworld (or
// SHIPSHAPE_REALWORLD), one after another, with a progress line per app on stderr, and prints the results as
// a markdown table on stdout. --readme also writes the table into README.md's "Real apps" section; --from
// prints (and with --readme writes) the table of earlier runs' --json files (comma-separated; for an app in
// several, the last file wins) without running anything. --json is rewritten after every app, so an
// interrupted run keeps what it measured. --fast: CI's budget (shorter waits, no production run after
// compose.yaml alone failed).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { register } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
register('../test/realworld/ts-hooks.mjs', import.meta.url);

let args;
try {
  args = parseArgs({
    options: {
      only: { type: 'string' },
      static: { type: 'boolean', default: false },
      'skip-upstream': { type: 'boolean', default: false },
      json: { type: 'string' },
      readme: { type: 'boolean', default: false },
      from: { type: 'string' },
      fast: { type: 'boolean', default: false },
    },
  }).values;
} catch (error) {
  console.error(`bench:realworld: ${error.message}`);
  process.exit(2);
}

const { realworldDir, runSuite } = await import(pathToFileURL(join(root, 'test/realworld/suite.ts')).href);
const { markdownTable, outcomeCounts } = await import(
  pathToFileURL(join(root, 'test/realworld/table.ts')).href
);
const { cleanUpEverything } = await import(pathToFileURL(join(root, 'test/realworld/processes.ts')).href);

function mergeSaved(files) {
  const runs = files.map((file) => JSON.parse(readFileSync(file, 'utf8')));
  const byName = new Map();
  for (const run of runs) for (const result of run.results) byName.set(result.name, result);
  const last = runs.at(-1);
  const dates = runs.map((run) => run.date).sort();
  return {
    date: dates.length > 1 ? `${dates[0]} to ${dates.at(-1)}` : last.date,
    commit: [...new Set(runs.map((run) => run.commit))].join(', '),
    mode: [...new Set(runs.map((run) => run.mode))].join(' and '),
    results: [...byName.values()],
  };
}
const saved = args.from ? mergeSaved(args.from.split(',')) : undefined;
const dir = realworldDir();
if (!dir && !saved) {
  console.error('bench:realworld: skipped, no ../shared/realworld/MANIFEST.tsv (set SHIPSHAPE_REALWORLD)');
  process.exit(0);
}

// Node ends a process whose event loop empties even while an await is pending; say so instead of a silent 0.
let finished = false;
process.on('exit', (code) => {
  if (!finished && code === 0) {
    console.error(
      'bench:realworld: stopped before the last app finished (a pending await held nothing open)',
    );
    process.exitCode = 1;
  }
});

function runInfo() {
  return {
    date: started,
    commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim(),
    mode: args.static ? 'static part only' : args.fast ? 'end to end (CI budget)' : 'end to end',
  };
}
const started = new Date().toISOString().slice(0, 16).replace('T', ' ');

const only = args.only
  ? args.only
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean)
  : undefined;
let results = saved?.results;
try {
  if (!saved)
    results = await runSuite(dir, only, {
      staticOnly: args.static,
      skipUpstream: args['skip-upstream'],
      ...(args.fast ? { waitSeconds: 90, skipProdWhenBaseFails: true, verifyTimeoutSeconds: 30 } : {}),
      progress: (line) => console.error(line),
      onResult: (_result, done) => {
        if (args.json)
          writeFileSync(args.json, `${JSON.stringify({ ...runInfo(), results: done }, null, 2)}\n`);
      },
    });
} catch (error) {
  await cleanUpEverything();
  console.error(`bench:realworld: ${error.message}`);
  process.exit(2);
}

finished = true;
const { date, commit, mode } = saved ?? runInfo();
if (saved && dir) {
  const { readManifest } = await import(pathToFileURL(join(root, 'test/realworld/manifest.ts')).href);
  const order = readManifest(dir).map((row) => row.name);
  results.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
}
const heading = `Measured ${date} UTC at commit ${commit}, ${mode}, ${results.length} apps: ${outcomeCounts(results)}.`;
const table = markdownTable(results);
console.log(`${heading}\n\n${table}`);
if (args.json && !saved)
  writeFileSync(args.json, `${JSON.stringify({ date, commit, mode, results }, null, 2)}\n`);

if (args.readme) {
  const readmePath = join(root, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const begin = '<!-- realworld-table:begin -->';
  const end = '<!-- realworld-table:end -->';
  const at = readme.indexOf(begin);
  const until = readme.indexOf(end);
  if (at < 0 || until < at) {
    console.error(`bench:realworld: README.md has no ${begin} ... ${end} markers in its "Real apps" section`);
    process.exit(2);
  }
  writeFileSync(
    readmePath,
    `${readme.slice(0, at + begin.length)}\n${heading}\n\n${table}\n${readme.slice(until)}`,
  );
  console.error('bench:realworld: README.md updated');
}
