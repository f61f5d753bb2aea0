import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIo } from '../src/cli/io.js';
import { main } from '../src/cli/main.js';
import { nodeFileSystem } from '../src/io/file-system.js';

/** Runs the CLI in-process against the real file system under `cwd`; output is captured. */
export async function runOnDisk(argv: string[], cwd: string, env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    cwd,
    env,
    isTTY: false,
    parallel: false,
    fs: nodeFileSystem(),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** A fresh temporary folder for one test, removed by the returned function. */
export function temporaryTree(): { root: string; remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'shipshape-rel-'));
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}
