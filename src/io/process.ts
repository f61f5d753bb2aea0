/** Runs a program to completion and collects its output: the one place shipshape spawns processes. */

import { type ChildProcess, spawn } from 'node:child_process';

export interface ProcessResult {
  status: number;
  stdout: string;
  stderr: string;
}

export interface ProcessOptions {
  env: Record<string, string | undefined>;
  /** The working directory; the caller's when unset. */
  cwd?: string;
  /** Called with each complete line of stderr as it arrives. */
  onStderrLine?: (line: string) => void;
  /** Killed (SIGKILL) when it runs longer. */
  timeoutMs?: number;
  /** Told of the child while it runs, so a caller can stop it (on Ctrl-C). */
  onStart?: (child: ChildProcess) => () => void;
}

/** Resolves with the exit status and output; rejects only when the program cannot be started. */
export function runProcess(command: string, args: string[], options: ProcessOptions): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: options.env as NodeJS.ProcessEnv,
      ...(options.cwd !== undefined ? { cwd: options.cwd } : {}),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const finished = options.onStart?.(child);
    let stdout = '';
    let stderr = '';
    let pending = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      if (!options.onStderrLine) return;
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) options.onStderrLine(line.replace(/\r$/, ''));
    });
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      finished?.();
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      finished?.();
      if (pending && options.onStderrLine) options.onStderrLine(pending);
      resolve({ status: code ?? (signal ? 128 : 1), stdout, stderr });
    });
  });
}

/** The first or last non-empty line of a program's output, trimmed, for one-line error messages. */
export function firstLine(text: string): string | undefined {
  return text
    .split('\n')
    .map((line) => line.trim())
    .find(Boolean);
}

export function lastLine(text: string): string | undefined {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .pop();
}
