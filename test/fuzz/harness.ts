/**
 * Runs generated inputs through everything a file meets in `lint`: the engine, the fixer to its fixpoint
 * and every output format. A failure is an exception escaping any of them, or one input taking longer
 * than the limit; each is recorded with the seed and index that reproduce it.
 */

import { colours } from '../../src/core/colours.js';
import { FORMATS, formatFindings } from '../../src/format/index.js';
import {
  type FileLint,
  fixToFixpoint,
  lintComposeText,
  lintDockerfileText,
  lintDockerignoreText,
} from '../../src/lint/engine.js';
import { compose, dockerfile, dockerignore, type Random, seededRandom } from './generators.js';

export interface FuzzFailure {
  seed: number;
  index: number;
  kind: string;
  reason: string;
  input: string;
}

export interface FuzzReport {
  inputs: number;
  failures: FuzzFailure[];
  slowestMs: number;
  totalMs: number;
}

const KINDS = [
  { kind: 'dockerfile', file: 'Dockerfile', make: dockerfile },
  { kind: 'compose', file: 'compose.yaml', make: compose },
  { kind: 'dockerignore', file: '.dockerignore', make: dockerignore },
] as const;

export function runFuzz(seed: number, count: number, limitMs = 2000): FuzzReport {
  const random = seededRandom(seed);
  const failures: FuzzFailure[] = [];
  // The first file of each kind loads lazy parts (the shell parser, the Compose schema): not the input's time.
  for (const { kind, file } of KINDS)
    exercise(kind, file, kind === 'dockerfile' ? 'FROM alpine\nRUN true\n' : '', random);
  let slowestMs = 0;
  const started = performance.now();
  for (let index = 0; index < count; index++) {
    const { kind, file, make } = KINDS[index % KINDS.length] as (typeof KINDS)[number];
    const input = make(random);
    const start = performance.now();
    try {
      exercise(kind, file, input, random);
    } catch (thrown) {
      const reason =
        thrown instanceof Error
          ? `${thrown.name}: ${thrown.message}`
          : `non-Error thrown: ${String((thrown as { Error?: () => string })?.Error?.() ?? thrown)}`;
      failures.push({ seed, index, kind, reason: reason.slice(0, 300), input });
    }
    const elapsed = performance.now() - start;
    slowestMs = Math.max(slowestMs, elapsed);
    if (elapsed > limitMs)
      failures.push({ seed, index, kind, reason: `took ${Math.round(elapsed)} ms`, input });
  }
  return { inputs: count, failures, slowestMs, totalMs: performance.now() - started };
}

function exercise(kind: string, file: string, input: string, random: Random): void {
  // Included and extended files exist for some inputs, so include/extends resolution runs too.
  const others: Record<string, string> = { '/fuzz/other.yaml': compose(random), '/fuzz/base.yaml': input };
  const lint = (text: string): FileLint =>
    kind === 'dockerfile'
      ? lintDockerfileText(text, file, { contextKnown: true })
      : kind === 'compose'
        ? lintComposeText(text, file, {
            absolutePath: '/fuzz/compose.yaml',
            readFile: (path) => others[path],
          })
        : lintDockerignoreText(text, file);
  const fixed = fixToFixpoint(input, lint);
  for (const format of FORMATS) {
    formatFindings(format, fixed.lint.findings, {
      colours: colours(format === 'stylish'),
      source: () => fixed.text,
      cwd: '/fuzz',
    });
  }
}
