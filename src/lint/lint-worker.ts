/**
 * A lint worker thread: lints its share of the targets with the real file system, posting each file's
 * result as soon as it is done, so a crash of the thread costs only the file it was on.
 */

import { parentPort, workerData } from 'node:worker_threads';
import { nodeFileSystem } from '../io/file-system.js';
import { emptyLintResult, lintTargetInto } from './lint-files.js';
import { type WorkerInput, type WorkerMessage, workerOutput } from './parallel.js';

const { targets, options } = workerData as WorkerInput;
const fs = nodeFileSystem();
targets.forEach((target, index) => {
  const result = emptyLintResult();
  lintTargetInto(result, target, { ...options, fs });
  const message: WorkerMessage = { index, output: workerOutput(result) };
  parentPort?.postMessage(message);
});
