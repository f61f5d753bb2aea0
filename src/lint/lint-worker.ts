/** A lint worker thread: lints its share of the targets with the real file system and posts the result. */

import { parentPort, workerData } from 'node:worker_threads';
import { nodeFileSystem } from '../io/file-system.js';
import { lintTargets } from './lint-files.js';
import type { WorkerInput, WorkerOutput } from './parallel.js';

const { targets, options } = workerData as WorkerInput;
const result = lintTargets(targets, { ...options, fs: nodeFileSystem() });
const output: WorkerOutput = {
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
  shellcheckMissing: result.shellcheckMissing,
};
parentPort?.postMessage(output);
