import { type FileSystem, nodeFileSystem } from '../io/file-system.js';
/** Everything a command may touch outside the core, passed in so `main` can run in memory under test. */
import type { RegistryOptions } from '../io/registry.js';
import { type Prompter, terminalPrompter } from './prompter.js';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Whether stdout is a terminal (colours). */
  isTTY: boolean;
  /** Whether stderr is a terminal: live progress is drawn there, plain lines otherwise. */
  stderrIsTTY?: boolean;
  fs: FileSystem;
  /** Whether commands may spread work over worker threads (they read the real file system, not `fs`). */
  parallel: boolean;
  /** Present only when a person can answer: stdin and stdout are terminals and CI is not set. */
  prompter?: Prompter;
  /** All of standard input, for `lint -`; absent where there is none to read. */
  readStdin?: () => Promise<string>;
  /** Where `init --pin-digests` looks digests up: the real registries unless a test points elsewhere. */
  registry?: RegistryOptions;
}

export function processIo(): CliIo {
  // `shipshape rules | head` closes the pipe early: that is the reader's choice, not an error.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    fs: nodeFileSystem(),
    parallel: true,
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    ...(process.stdin.isTTY && process.stdout.isTTY && !process.env.CI
      ? { prompter: terminalPrompter() }
      : {}),
  };
}
