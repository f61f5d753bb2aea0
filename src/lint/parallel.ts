/**
 * Large trees are linted on every core: the targets are split into contiguous chunks, each chunk is
 * linted by a worker thread with the real file system, and the results are joined in target order.
 * Small runs stay on the main thread, where a worker's start-up (~40 ms) would cost more than it saves.
 *
 * A worker posts each file's result when it is done. Should a worker die all the same (out of memory,
 * a native abort), the file it was on gets an error and a new worker lints the rest of its chunk.
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

/** One file's result, by its index in the worker's chunk. */
export interface WorkerMessage {
  index: number;
  output: WorkerOutput;
}

export function workerOutput(result: LintResult): WorkerOutput {
  return {
    findings: result.findings,
    inputErrors: result.inputErrors.map((error) => ({
      message: error.message,
      file: error.file,
      position: error.position,
    })),
    filesLinted: result.filesLinted,
    diffs: result.diffs,
    fixedFiles: result.fixedFiles,
    texts: [...result.texts],
  };
}

export function workerCount(targets: number): number {
  if (targets < PARALLEL_THRESHOLD) return 1;
  return Math.max(1, Math.min(availableParallelism(), Math.ceil(targets / (PARALLEL_THRESHOLD / 2))));
}

const LINT_WORKER = new URL('./lint-worker.js', import.meta.url);

export async function lintInWorkers(
  targets: LintTarget[],
  options: Omit<LintRunOptions, 'fs'>,
  workers: number,
  /** The worker script; tests pass one that crashes on purpose. */
  script: URL = LINT_WORKER,
): Promise<LintResult> {
  const size = Math.ceil(targets.length / workers);
  const chunks = Array.from({ length: workers }, (_, i) => targets.slice(i * size, (i + 1) * size)).filter(
    (chunk) => chunk.length,
  );
  const outputs = (await Promise.all(chunks.map((chunk) => lintChunk(chunk, options, script)))).flat();
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

/** Every target's output, in order; a worker that dies is replaced for the targets it had not finished. */
async function lintChunk(
  targets: LintTarget[],
  options: WorkerInput['options'],
  script: URL,
): Promise<WorkerOutput[]> {
  const outputs: WorkerOutput[] = [];
  while (outputs.length < targets.length) {
    const rest = targets.slice(outputs.length);
    const { done, failure } = await runWorker({ targets: rest, options }, script);
    outputs.push(...done);
    if (failure === undefined) continue;
    const crashed = rest[done.length];
    if (!crashed) break;
    outputs.push(crashedOutput(crashed, failure));
  }
  return outputs;
}

function crashedOutput(target: LintTarget, failure: string): WorkerOutput {
  return {
    findings: [],
    inputErrors: [
      {
        message: `internal error while linting this file: the lint worker ${failure}`,
        file: target.display,
        position: { line: 1, column: 1 },
      },
    ],
    filesLinted: 0,
    diffs: [],
    fixedFiles: 0,
    texts: [],
  };
}

/** Runs one worker to its end: the outputs it posted, and how it failed if it did not finish. */
function runWorker(
  input: WorkerInput,
  script: URL,
): Promise<{ done: WorkerOutput[]; failure: string | undefined }> {
  return new Promise((resolve) => {
    const done: WorkerOutput[] = [];
    let failure: string | undefined;
    // A heap limit makes a runaway file end its worker (which is replaced) rather than the whole process.
    const worker = new Worker(script, {
      workerData: input,
      resourceLimits: { maxOldGenerationSizeMb: 2048 },
    });
    worker.on('message', (message: WorkerMessage) => {
      done[message.index] = message.output;
    });
    worker.once('error', (error) => {
      failure = `failed: ${error.message}`;
    });
    worker.once('exit', (code) => {
      const finished = done.filter(Boolean);
      if (finished.length === input.targets.length) resolve({ done: finished, failure: undefined });
      else resolve({ done: finished, failure: failure ?? `exited with code ${code}` });
    });
  });
}
