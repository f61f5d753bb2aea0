import type { CliIo } from '../src/cli/io.js';
import { main } from '../src/cli/main.js';
import type { Prompter } from '../src/cli/prompter.js';
import type { FileSystem } from '../src/io/file-system.js';
import { memoryFileSystem } from './memory-file-system.js';

/** Runs the CLI in memory over a tree of files; returns exit code, output, and the tree afterwards. */
export async function runCli(
  argv: string[],
  files: Record<string, string> = {},
  env: Record<string, string> = {},
  isTTY = false,
  prompter?: Prompter,
) {
  let stdout = '';
  let stderr = '';
  const fs: FileSystem = memoryFileSystem(files, '/work');
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    cwd: '/work',
    env,
    isTTY,
    parallel: false,
    fs,
    ...(prompter ? { prompter } : {}),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr, fs };
}
