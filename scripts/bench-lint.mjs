// npm run bench:lint — shipshape's lint against the peers that run here, as ratios from one run.
// Corpus: the fenced Dockerfile and Compose blocks of the seed documents, copied to 1,000+ files each.
// Peers: dclint (Compose, CLI) and dockerfile-utils (Dockerfiles: its CLI lints one file per process,
// so the corpus comparison uses its library in-process against shipshape's engine in-process).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
// Beside the checkout (/work/main -> /work/shared), or one level further up from a worktree (/work/wt/x).
const seeds =
  process.env.SHIPSHAPE_SEEDS ??
  [join(root, '..', 'shared', 'seeds'), join(root, '..', '..', 'shared', 'seeds')].find(existsSync) ??
  join(root, '..', 'shared', 'seeds');
// The shipshape runs are repeated and their median reported: on a shared machine one run says little.
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const corpus = join(root, '.bench', 'corpus');
const COPIES = Number(process.env.BENCH_FILES ?? 1000);

function blocks(language) {
  const found = [];
  for (const name of readdirSync(seeds).sort()) {
    const text = readFileSync(join(seeds, name), 'utf8');
    for (const match of text.matchAll(new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``, 'g')))
      found.push(match[1]);
  }
  return found;
}

function writeCorpus() {
  rmSync(corpus, { recursive: true, force: true });
  // Only blocks that are whole, valid files: the seeds also hold templates with [placeholders] and
  // fragments without FROM, which every tool would reject before linting.
  const dockerfiles = blocks('dockerfile').filter(
    (text) => lintDockerfileText(text, 'Dockerfile').problems.length === 0 && /^\s*FROM\b/im.test(text),
  );
  const composes = blocks('yaml').filter(
    (text) => /^services:/m.test(text) && parseYaml(text, 'compose.yaml').problems.length === 0,
  );
  if (!dockerfiles.length || !composes.length) throw new Error(`no seed blocks found in ${seeds}`);
  for (let i = 0; i < COPIES; i++) {
    const id = String(i).padStart(5, '0');
    mkdirSync(join(corpus, 'dockerfiles', id), { recursive: true });
    mkdirSync(join(corpus, 'compose', id), { recursive: true });
    // The copy number in a comment makes every file distinct, as in a real tree.
    writeFileSync(
      join(corpus, 'dockerfiles', id, 'Dockerfile'),
      `# copy ${i}\n${dockerfiles[i % dockerfiles.length]}`,
    );
    writeFileSync(
      join(corpus, 'compose', id, 'compose.yaml'),
      `# copy ${i}\n${composes[i % composes.length]}`,
    );
  }
  return { dockerfiles: dockerfiles.length, composes: composes.length };
}

function timed(command, args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status === null) throw new Error(`${command} ${args.join(' ')} did not finish`);
  return seconds;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const node = process.execPath;
const shipshape = join(root, 'bin', 'shipshape.js');
const dclint = join(root, 'node_modules', 'dclint', 'bin', 'dclint.cjs');

const { lintDockerfileText } = await import(join(root, 'dist', 'lint', 'engine.js'));
const { parseYaml } = await import(join(root, 'dist', 'parse', 'yaml-source.js'));
const { dockerfiles, composes } = writeCorpus();
console.log(
  `corpus: ${COPIES} Dockerfiles (from ${dockerfiles} seed blocks), ${COPIES} compose files (from ${composes} seed blocks)`,
);
execFileSync(node, [shipshape, '--version']);

const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
const loadBefore = load();
const rows = [];
const repeated = (args) => median(Array.from({ length: RUNS }, () => timed(node, args)));
// Compose corpus, whole CLI runs.
const shipCompose = repeated([shipshape, 'lint', join(corpus, 'compose'), '--format', 'json']);
const dclintCompose = timed(node, [dclint, join(corpus, 'compose'), '-r', '-f', 'json']);
rows.push([
  `${COPIES} compose files (CLI, shipshape median of ${RUNS})`,
  shipCompose,
  'dclint',
  dclintCompose,
]);

// One compose file, process start included (median of 5).
const oneCompose = join(corpus, 'compose', '00000', 'compose.yaml');
const shipOne = median(
  Array.from({ length: 5 }, () => timed(node, [shipshape, 'lint', oneCompose, '--format', 'json'])),
);
const dclintOne = median(Array.from({ length: 5 }, () => timed(node, [dclint, oneCompose, '-f', 'json'])));
rows.push(['1 compose file (CLI, median of 5)', shipOne, 'dclint', dclintOne]);

// Dockerfile corpus: shipshape's CLI, and both libraries in-process.
const shipDockerfiles = repeated([shipshape, 'lint', join(corpus, 'dockerfiles'), '--format', 'json']);
const texts = readdirSync(join(corpus, 'dockerfiles')).map((id) =>
  readFileSync(join(corpus, 'dockerfiles', id, 'Dockerfile'), 'utf8'),
);
const utils = require('dockerfile-utils');
let start = process.hrtime.bigint();
for (const text of texts) lintDockerfileText(text, 'Dockerfile', { contextKnown: true });
const shipLibrary = Number(process.hrtime.bigint() - start) / 1e9;
start = process.hrtime.bigint();
for (const text of texts) utils.validate(text);
const utilsLibrary = Number(process.hrtime.bigint() - start) / 1e9;
rows.push([`${COPIES} Dockerfiles (in-process)`, shipLibrary, 'dockerfile-utils', utilsLibrary]);
const oneDockerfile = join(corpus, 'dockerfiles', '00000', 'Dockerfile');
const shipOneDf = median(
  Array.from({ length: 5 }, () => timed(node, [shipshape, 'lint', oneDockerfile, '--format', 'json'])),
);
const utilsOneDf = median(
  Array.from({ length: 5 }, () =>
    timed(node, [
      join(root, 'node_modules', 'dockerfile-utils', 'bin', 'dockerfile-utils'),
      'lint',
      '--json',
      oneDockerfile,
    ]),
  ),
);
rows.push(['1 Dockerfile (CLI, median of 5)', shipOneDf, 'dockerfile-utils', utilsOneDf]);

console.log('');
console.log('| what | shipshape | peer | peer time | shipshape vs peer |');
console.log('| --- | ---: | --- | ---: | ---: |');
for (const [what, ours, peer, theirs] of rows) {
  const ratio = theirs / ours;
  console.log(
    `| ${what} | ${ours.toFixed(3)} s | ${peer} | ${theirs.toFixed(3)} s | ${ratio >= 1 ? `${ratio.toFixed(1)}x faster` : `${(1 / ratio).toFixed(1)}x slower`} |`,
  );
}
console.log(
  `| ${COPIES} Dockerfiles (CLI, all rules, median of ${RUNS}) | ${shipDockerfiles.toFixed(3)} s | | | target < 3 s |`,
);
console.log('');
console.log(`load average (1, 5, 15 min): ${loadBefore} before, ${load()} after`);
console.log('Targets (issue 13):');
const verdict = (met) => (met ? 'met' : 'NOT met');
console.log(
  `  1,000 compose files >= 20x faster than dclint: ${(dclintCompose / shipCompose).toFixed(1)}x ${verdict(dclintCompose / shipCompose >= 20)}`,
);
console.log(
  `  one compose file faster than dclint: ${(shipOne / dclintOne).toFixed(2)}x of its time ${verdict(shipOne < dclintOne)}`,
);
console.log(`  1,000 Dockerfiles < 3 s: ${shipDockerfiles.toFixed(2)} s ${verdict(shipDockerfiles < 3)}`);
console.log(
  `  one Dockerfile no slower than dockerfile-utils' CLI: ${(shipOneDf / utilsOneDf).toFixed(2)}x of its time ${verdict(shipOneDf <= utilsOneDf)}`,
);
