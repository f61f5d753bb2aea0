// npm run bench:scaling — does lint time grow linearly with input size? Each case is linted at a base
// size and at twice that; a ratio near 2 is linear, near 4 quadratic. The sizes are the ones issue 12
// reported (a 40k-key Compose map, 10k instructions, a 50k-line heredoc, 60k continuation lines) at the
// top; BENCH_SCALE (default 1) multiplies them, so a loaded machine can run a smaller version.
import { lintComposeText, lintDockerfileText, lintDockerignoreText } from '../dist/lint/engine.js';

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const lines = (n, line) => Array.from({ length: n }, (_, i) => line(i)).join('');

const CASES = [
  {
    name: 'compose map keys',
    top: 40_000,
    lint: (n) =>
      lintComposeText(
        `services:\n  web:\n    image: nginx:1.27\n    environment:\n${lines(n, (i) => `      K${i}: v\n`)}`,
        'compose.yaml',
      ),
  },
  {
    name: 'Dockerfile instructions',
    top: 10_000,
    lint: (n) =>
      lintDockerfileText(`FROM alpine:3.20\n${lines(n, (i) => `ENV K${i}=v${i}\n`)}`, 'Dockerfile'),
  },
  {
    name: 'RUN instructions',
    top: 2_000,
    lint: (n) => lintDockerfileText(`FROM alpine:3.20\n${lines(n, (i) => `RUN echo ${i}\n`)}`, 'Dockerfile'),
  },
  {
    name: 'heredoc lines (not shell)',
    top: 50_000,
    lint: (n) =>
      lintDockerfileText(
        `FROM alpine:3.20\nCOPY <<EOF /app/data.txt\n${lines(n, (i) => `line ${i}\n`)}EOF\n`,
        'Dockerfile',
      ),
  },
  {
    name: 'continuation lines (ENV)',
    top: 60_000,
    lint: (n) =>
      lintDockerfileText(
        `FROM alpine:3.20\nENV A=1 \\\n${lines(n, (i) => `  K${i}=v \\\n`)}  Z=1\n`,
        'Dockerfile',
      ),
  },
  {
    name: 'RUN heredoc lines',
    top: 50_000,
    lint: (n) =>
      lintDockerfileText(`FROM alpine:3.20\nRUN <<EOF\n${lines(n, (i) => `echo ${i}\n`)}EOF\n`, 'Dockerfile'),
  },
  {
    name: 'RUN continuation lines',
    top: 60_000,
    lint: (n) =>
      lintDockerfileText(
        `FROM alpine:3.20\nRUN echo a \\\n${lines(n, (i) => `  && echo ${i} \\\n`)}  && true\n`,
        'Dockerfile',
      ),
  },
  {
    name: '.dockerignore lines',
    top: 50_000,
    lint: (n) =>
      lintDockerignoreText(
        lines(n, (i) => `dir${i}/**/*.log\n`),
        '.dockerignore',
      ),
  },
];

/** The best of three runs: on a shared machine the slower runs measure the neighbours, not the code. */
function time(fn) {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

console.log('case                        size      ms   2x size      ms   ratio');
let worst = 0;
for (const test of CASES) {
  const big = Math.max(2, Math.round(test.top * SCALE));
  const small = Math.round(big / 2);
  test.lint(Math.min(small, 100)); // warm the JIT and load lazy parsers first
  const a = time(() => test.lint(small));
  const b = time(() => test.lint(big));
  const ratio = b / Math.max(a, 1);
  worst = Math.max(worst, ratio);
  console.log(
    `${test.name.padEnd(26)} ${String(small).padStart(6)} ${a.toFixed(0).padStart(7)} ${String(big).padStart(9)} ${b.toFixed(0).padStart(7)} ${ratio.toFixed(2).padStart(7)}`,
  );
}
console.log(`worst ratio ${worst.toFixed(2)} (2 is linear, 4 quadratic)`);
