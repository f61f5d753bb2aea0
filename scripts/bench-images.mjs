// npm run bench:images — one app per stack built three ways on the local engine: (a) naive, (b) the
// seeds' pattern, (c) what `shipshape init` writes (see bench/images/README.md). For each: image size,
// cold build time, rebuild time after a one-line source change (and whether it re-ran a dependency
// install), and how long `docker stop` takes. Prints the table and (c)'s ratios to (a) and (b).
// Needs the full stand-ins: `bash scripts/standins.sh --full`. Stacks: BENCH_STACKS=node,go.
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toolVersion } from '../dist/core/version.js';
import { appFacts } from '../dist/detect/app-facts.js';
import { detectRepository } from '../dist/detect/index.js';
import { buildImage } from '../dist/docker/build.js';
import { DockerEngine } from '../dist/docker/engine.js';
import { initFiles } from '../dist/init/init-files.js';
import { nodeFileSystem } from '../dist/io/file-system.js';
import { fileView } from '../dist/stacks/shared/file-view.js';
import { isDependencyInstall } from '../dist/verify/checks/cache-reuse.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const apps = join(root, 'test', 'fixtures', 'apps');
const STOP_TIMEOUT = 10;

const STACKS = [
  { name: 'node', app: join(root, 'examples', 'node-http'), source: 'server.js', comment: '//', port: 3000 },
  { name: 'python', app: join(apps, 'python-stdlib'), source: 'main.py', comment: '#', port: 8000 },
  { name: 'go', app: join(apps, 'go-root-main'), source: 'main.go', comment: '//', port: 8080 },
  { name: 'rust', app: join(apps, 'rust-stdlib'), source: 'src/main.rs', comment: '//', port: 8080 },
].filter((stack) => !process.env.BENCH_STACKS || process.env.BENCH_STACKS.split(',').includes(stack.name));

const REQUIRED = ['node:20', 'python:3.11', 'golang:1.19', 'rust:1.63'];

function prepare(stack, variant) {
  const dir = mkdtempSync(join(tmpdir(), `bench-${stack.name}-${variant}-`));
  cpSync(stack.app, dir, { recursive: true });
  if (variant === 'init') {
    const fs = nodeFileSystem();
    const files = initFiles(
      detectRepository(fileView(fs, dir)),
      (path) => appFacts(fs, join(dir, path)),
      toolVersion(),
    );
    for (const file of files) fs.writeFile(join(dir, file.path), file.content);
  } else {
    cpSync(join(root, 'bench', 'images', `${stack.name}.${variant}.Dockerfile`), join(dir, 'Dockerfile'));
  }
  return dir;
}

async function build(engine, dir, tag, noCache) {
  const request = {
    context: dir,
    tags: [tag],
    platforms: [],
    buildArgs: [],
    secrets: [],
    noCache,
    push: false,
  };
  const result = await buildImage(engine, request);
  return {
    seconds: result.seconds,
    reinstalled: result.steps.some(
      (step) => step.status === 'done' && isDependencyInstall(step.instruction ?? ''),
    ),
  };
}

async function answers(port) {
  // Not AbortSignal.timeout: its timer is unreferenced, and a pending fetch alone does not keep Node alive.
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), 1000);
  try {
    const response = await fetch(`http://127.0.0.1:${port}/`, { signal: abort.signal });
    await response.body?.cancel();
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/** Runs the image until its port answers on 127.0.0.1, then times `docker stop`. */
async function stopSeconds(engine, tag, port) {
  const name = `bench-images-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const run = await engine.call(['run', '-d', '--name', name, '-p', `127.0.0.1::${port}`, tag]);
  if (run.status !== 0) throw new Error(`cannot run ${tag}: ${run.stderr}`);
  try {
    const host = Number(/:(\d+)\s*$/m.exec((await engine.call(['port', name, `${port}/tcp`])).stdout)?.[1]);
    const deadline = Date.now() + 60_000;
    while (!(await answers(host))) {
      if (Date.now() > deadline) throw new Error(`${tag} never answered on port ${port}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const began = performance.now();
    await engine.call(['stop', '-t', String(STOP_TIMEOUT), name]);
    return (performance.now() - began) / 1000;
  } finally {
    await engine.call(['rm', '-f', name]);
  }
}

async function measure(engine, stack, variant) {
  const dir = prepare(stack, variant);
  const tag = `shipshape-bench/${stack.name}-${variant}:latest`;
  try {
    // Cold means cold: no layer cache and no cache mounts left from an earlier build.
    await engine.call(['builder', 'prune', '--all', '--force']);
    const cold = await build(engine, dir, tag, true);
    const sizeBytes = (await engine.inspectImage(tag)).sizeBytes;
    appendFileSync(join(dir, stack.source), `\n${stack.comment} a one-line change\n`);
    const rebuild = await build(engine, dir, tag, false);
    const stop = await stopSeconds(engine, tag, stack.port);
    return {
      sizeBytes,
      cold: cold.seconds,
      rebuild: rebuild.seconds,
      reinstalled: rebuild.reinstalled,
      stop,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await engine.call(['rmi', '-f', tag]);
  }
}

const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
const s = (seconds) => `${seconds.toFixed(1)} s`;
const ratio = (a, b) => `${(a / b).toFixed(2)}x`;
const signedKb = (bytes) => `${bytes > 0 ? '+' : ''}${(bytes / 1e3).toFixed(1)} kB`;

const engine = DockerEngine.connect();
const missing = [];
for (const image of REQUIRED)
  if ((await engine.call(['image', 'inspect', image])).status !== 0) missing.push(image);
if (missing.length) {
  console.error(`bench:images needs ${missing.join(', ')}: run \`bash scripts/standins.sh --full\` first`);
  process.exit(2);
}

console.log(
  `bench:images: docker ${engine.cli.clientVersion} (engine ${engine.serverVersion}), buildx: ${engine.cli.buildx}\n`,
);
const rows = [];
const verdicts = [];
for (const stack of STACKS) {
  const results = {};
  for (const variant of ['naive', 'seeds', 'init']) {
    process.stderr.write(`${stack.name}: ${variant}...\n`);
    results[variant] = await measure(engine, stack, variant);
    const r = results[variant];
    rows.push(
      `| ${stack.name} | ${variant === 'init' ? 'shipshape init' : variant} | ${mb(r.sizeBytes)} | ${s(r.cold)} | ${s(r.rebuild)} | ${r.reinstalled ? 'yes' : 'no'} | ${s(r.stop)} |`,
    );
  }
  const { naive, seeds, init } = results;
  const smaller = 1 - init.sizeBytes / naive.sizeBytes;
  verdicts.push(
    `${stack.name}: size ${ratio(init.sizeBytes, naive.sizeBytes)} of naive (${(smaller * 100).toFixed(0)}% smaller: ${smaller >= 0.7 ? 'meets' : 'MISSES'} the 70% target), ` +
      `${ratio(init.sizeBytes, seeds.sizeBytes)} of seeds (${init.sizeBytes <= seeds.sizeBytes ? 'meets' : 'MISSES'} "no larger": ${signedKb(init.sizeBytes - seeds.sizeBytes)}); ` +
      `cold build ${ratio(init.cold, naive.cold)} / ${ratio(init.cold, seeds.cold)}; rebuild ${ratio(init.rebuild, naive.rebuild)} / ${ratio(init.rebuild, seeds.rebuild)}` +
      ` (${init.reinstalled ? 'RE-RAN' : 'no'} dependency install); stop ${s(init.stop)} vs naive ${s(naive.stop)} (${init.stop < 2 ? 'meets' : 'MISSES'} < 2 s)`,
  );
}
console.log(
  '| stack | Dockerfile | size | cold build | rebuild after a source change | re-ran install | docker stop |',
);
console.log('|---|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
console.log('\nshipshape init against naive / seeds:');
for (const verdict of verdicts) console.log(`  ${verdict}`);
mkdirSync(join(root, '.bench'), { recursive: true });
writeFileSync(join(root, '.bench', 'images.md'), `${rows.join('\n')}\n`, { flag: 'w' });
