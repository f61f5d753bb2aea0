/**
 * The harness's edge: child processes, and the clean-up that must happen however a run ends. Commands run
 * asynchronously so that a Ctrl-C reaches the handler here while a build is under way; the handler stops the
 * running children, then runs every registered clean-up (compose down, image removal, temp dirs) in reverse
 * order before the process exits.
 */

import { type ChildProcess, spawn } from 'node:child_process';

export interface CommandResult {
  status: number;
  stdout: string;
  stderr: string;
  seconds: number;
  timedOut: boolean;
}

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  timeoutMs?: number;
  input?: string;
  /** A clean-up command: it still runs after an interrupt, when every other command is refused. */
  cleanup?: boolean;
}

const running = new Set<ChildProcess>();
let interrupted = false;

export function run(command: string, args: string[], options: RunOptions = {}): Promise<CommandResult> {
  const started = performance.now();
  // After Ctrl-C the run carries on to its `finally` blocks; refusing new commands keeps it from creating
  // anything more (a production compose project, an image) while the clean-up removes what exists.
  if (interrupted && !options.cleanup)
    return Promise.resolve({ status: 130, stdout: '', stderr: 'interrupted\n', seconds: 0, timedOut: false });
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env } as NodeJS.ProcessEnv,
      stdio: ['pipe', 'pipe', 'pipe'],
      // Its own process group, so that stopping it also stops what it started (shipshape -> docker -> buildx).
      detached: true,
    });
    running.add(child);
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const timer = options.timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          killGroup(child);
        }, options.timeoutMs)
      : undefined;
    child.on('error', (error) => {
      stderr += `${error.message}\n`;
    });
    child.on('close', (code) => {
      if (timer) clearTimeout(timer);
      running.delete(child);
      resolve({
        status: code ?? -1,
        stdout,
        stderr,
        seconds: (performance.now() - started) / 1000,
        timedOut,
      });
    });
    // A child that exits before reading its input closes the pipe; that is not the harness's error.
    child.stdin.on('error', () => {});
    child.stdin.end(options.input ?? '');
  });
}

function killGroup(child: ChildProcess): void {
  try {
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
  } catch {
    child.kill('SIGTERM');
  }
}

type Cleanup = { what: string; action: () => Promise<unknown> };
const cleanups: Cleanup[] = [];

/** Registers a clean-up; the returned function runs it now (and unregisters it). */
export function onCleanup(what: string, action: () => Promise<unknown>): () => Promise<void> {
  const entry = { what, action };
  cleanups.push(entry);
  return async () => {
    const at = cleanups.indexOf(entry);
    if (at < 0) return;
    cleanups.splice(at, 1);
    await runQuietly(entry);
  };
}

async function runQuietly(entry: Cleanup): Promise<void> {
  try {
    await entry.action();
  } catch (error) {
    process.stderr.write(`realworld: clean-up "${entry.what}" failed: ${(error as Error).message}\n`);
  }
}

export async function cleanUpEverything(): Promise<void> {
  while (cleanups.length) {
    const entry = cleanups.pop();
    if (entry) await runQuietly(entry);
  }
}

let handlersInstalled = false;

/** On SIGINT/SIGTERM: stop the children, clean up, exit 130/143. Installed once per process. */
export function installSignalHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  let stopping = false;
  const stop = (signal: NodeJS.Signals, code: number) => {
    if (stopping) return;
    stopping = true;
    interrupted = true;
    process.stderr.write(`\nrealworld: ${signal}, cleaning up\n`);
    for (const child of running) killGroup(child);
    void cleanUpEverything().finally(() => process.exit(code));
  };
  process.on('SIGINT', () => stop('SIGINT', 130));
  process.on('SIGTERM', () => stop('SIGTERM', 143));
}

/** The last lines of a log, for a table cell or a report: enough to name the failure. */
export function lastLines(text: string, count = 5): string[] {
  return text
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '')
    .slice(-count);
}
