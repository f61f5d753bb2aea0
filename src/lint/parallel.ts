/**
 * Large trees are linted on every core: the targets are split into contiguous chunks, each chunk is
 * linted by a worker thread with the real file system, and the results are joined in target order.
 * Small runs stay on the main thread, where a worker's start-up (~40 ms) would cost more than it saves.
 */

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { InputError } from '../core/errors.js';
import type { LintTarget } from './discover.js';
import { emptyLintResult, type LintResult, type LintRunOptions } from './lint-files.js';

/** Below this many files one thread is faster. Measured here: workers win from about 150 files on 2 cores. */
export const PARALLEL_THRESHOLD = 150;

export interface WorkerInput {
  targets: LintTarget[];
  options: Omit<LintRunOptions, 'fs'>;
}

export interface WorkerOutput {
  findings: LintResult['findings'];
  inputErrors: Array<{ message: string; file: string | undefined; position: InputError['position'] }>;
  filesLinted: number;
  diffs: string[];
  fixedFiles: number;
  texts: Array<[string, string]>;
  shellcheckMissing?: boolean;
}

export function workerCount(targets: number): number {
  if (targets < PARALLEL_THRESHOLD) return 1;
  return Math.max(1, Math.min(availableParallelism(), Math.ceil(targets / (PARALLEL_THRESHOLD / 2))));
}

export async function lintInWorkers(
  targets: LintTarget[],
  options: Omit<LintRunOptions, 'fs'>,
  workers: number,
): Promise<LintResult> {
  const size = Math.ceil(targets.length / workers);
  const chunks = Array.from({ length: workers }, (_, i) => targets.slice(i * size, (i + 1) * size)).filter(
    (chunk) => chunk.length,
  );
  const outputs = await Promise.all(chunks.map((chunk) => runWorker({ targets: chunk, options })));
  const result = emptyLintResult();
  for (const output of outputs) {
    result.findings.push(...output.findings);
    result.inputErrors.push(
      ...output.inputErrors.map((error) => new InputError(error.message, error.file, error.position)),
    );
    result.filesLinted += output.filesLinted;
    result.diffs.push(...output.diffs);
    result.fixedFiles += output.fixedFiles;
    for (const [file, text] of output.texts) result.texts.set(file, text);
    if (output.shellcheckMissing) result.shellcheckMissing = true;
  }
  return result;
}

function runWorker(input: WorkerInput): Promise<WorkerOutput> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./lint-worker.js', import.meta.url), { workerData: input });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`lint worker exited with code ${code}`));
    });
  });
}
