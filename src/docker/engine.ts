/**
 * The one module that talks to the Docker engine, through the docker CLI the user already has: the CLI
 * honours DOCKER_HOST, contexts and TLS settings exactly as it does for them, so shipshape reaches the
 * same engine `docker` does. Every call is asynchronous and returns data; nothing here decides anything.
 */

import { type ChildProcess, spawn } from 'node:child_process';
import type { Readable } from 'node:stream';
import { EngineError } from '../core/errors.js';
import { firstLine, type ProcessResult, runProcess } from '../io/process.js';
import { type DockerCli, engineVersion, findDockerCli } from './client.js';

export interface CallOptions {
  /** Called with each complete line of stderr as it arrives (BuildKit writes its progress there). */
  onStderrLine?: (line: string) => void;
  timeoutMs?: number;
  /** Extra environment for this call. */
  env?: Record<string, string>;
  /** Where docker runs: `buildx bake` resolves the contexts of its file against its working directory. */
  cwd?: string;
}

/** What `docker image inspect` says about an image, reduced to what shipshape reads. */
export interface ImageInfo {
  id: string;
  repoTags: string[];
  sizeBytes: number;
  user: string;
  env: string[];
  labels: Record<string, string>;
  entrypoint: string[];
  cmd: string[];
  exposedPorts: string[];
  workingDir: string;
  healthcheck: { test: string[]; intervalNs: number; startPeriodNs: number; retries: number } | undefined;
  stopSignal: string;
  layerDigests: string[];
}

export interface HistoryEntry {
  createdBy: string;
  /** Bytes the step added; 0 for metadata-only steps such as ENV. */
  sizeBytes: number;
}

export interface ContainerState {
  status: string;
  running: boolean;
  exitCode: number;
  oomKilled: boolean;
  health: string | undefined;
}

export interface RunSpec {
  image: string;
  name: string;
  labels: Record<string, string>;
  /** Container ports to publish, each on 127.0.0.1 at a port the engine picks. */
  publish: string[];
  readOnly?: boolean;
  tmpfs?: string[];
  healthInterval?: string;
  healthCmd?: string;
  capDropAll?: boolean;
}

export type { ProcessResult };

export class DockerEngine {
  private readonly children = new Set<ChildProcess>();

  constructor(
    readonly cli: DockerCli,
    readonly serverVersion: string,
    private readonly env: Record<string, string | undefined>,
  ) {}

  /** Finds a client that can build with BuildKit and checks that its engine answers. */
  static connect(env: Record<string, string | undefined> = process.env): DockerEngine {
    const cli = findDockerCli(env);
    return new DockerEngine(cli, engineVersion(cli, env), env);
  }

  /** Runs `docker <args>` to completion. Never throws for a non-zero exit: callers read `status`. */
  async call(args: string[], options: CallOptions = {}): Promise<ProcessResult> {
    try {
      return await runProcess(this.cli.path, args, {
        env: { ...this.env, DOCKER_BUILDKIT: '1', ...options.env },
        ...(options.onStderrLine ? { onStderrLine: options.onStderrLine } : {}),
        ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
        ...(options.cwd !== undefined ? { cwd: options.cwd } : {}),
        onStart: (child) => {
          this.children.add(child);
          return () => this.children.delete(child);
        },
      });
    } catch (error) {
      throw new EngineError(`cannot run ${this.cli.path}: ${(error as Error).message}`);
    }
  }

  /** `docker save` as a stream of the image archive; the caller consumes it. */
  save(image: string): { stream: Readable; done: Promise<ProcessResult> } {
    const child = spawn(this.cli.path, ['save', image], {
      env: this.env as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.children.add(child);
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    const done = new Promise<ProcessResult>((resolve) => {
      child.on('close', (code) => {
        this.children.delete(child);
        resolve({ status: code ?? 1, stdout: '', stderr });
      });
      child.on('error', () => resolve({ status: 1, stdout: '', stderr: `cannot run ${this.cli.path}` }));
    });
    return { stream: child.stdout, done };
  }

  async inspectImage(image: string): Promise<ImageInfo> {
    const result = await this.call(['image', 'inspect', '--format', '{{json .}}', image]);
    if (result.status !== 0)
      throw new EngineError(`no such image: ${image} (${firstLine(result.stderr) ?? 'no output'})`);
    return imageInfo(JSON.parse(result.stdout));
  }

  /** The image's build history, oldest step first. */
  async history(image: string): Promise<HistoryEntry[]> {
    const result = await this.call([
      'image',
      'history',
      '--no-trunc',
      '--human=false',
      '--format',
      '{{json .}}',
      image,
    ]);
    if (result.status !== 0)
      throw new EngineError(
        `cannot read the history of ${image}: ${firstLine(result.stderr) ?? 'no output'}`,
      );
    return result.stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { CreatedBy: string; Size: string })
      .map((entry) => ({ createdBy: entry.CreatedBy, sizeBytes: Number(entry.Size) || 0 }))
      .reverse();
  }

  /** Starts a detached container and returns its id. */
  async run(spec: RunSpec): Promise<string> {
    const args = ['run', '--detach', '--name', spec.name];
    for (const [key, value] of Object.entries(spec.labels)) args.push('--label', `${key}=${value}`);
    for (const port of spec.publish) args.push('--publish', `127.0.0.1::${port}`);
    if (spec.readOnly) args.push('--read-only');
    for (const path of spec.tmpfs ?? []) args.push('--tmpfs', path);
    if (spec.healthCmd) args.push('--health-cmd', spec.healthCmd);
    if (spec.healthInterval) args.push('--health-interval', spec.healthInterval);
    if (spec.capDropAll) args.push('--cap-drop', 'ALL', '--security-opt', 'no-new-privileges');
    args.push(spec.image);
    const result = await this.call(args);
    if (result.status !== 0)
      throw new EngineError(`cannot start ${spec.image}: ${firstLine(result.stderr) ?? 'no output'}`);
    return result.stdout.trim();
  }

  async containerState(container: string): Promise<ContainerState | undefined> {
    const result = await this.call(['container', 'inspect', '--format', '{{json .State}}', container]);
    if (result.status !== 0) return undefined;
    const state = JSON.parse(result.stdout) as {
      Status: string;
      Running: boolean;
      ExitCode: number;
      OOMKilled: boolean;
      Health?: { Status: string };
    };
    return {
      status: state.Status,
      running: state.Running,
      exitCode: state.ExitCode,
      oomKilled: state.OOMKilled,
      health: state.Health?.Status,
    };
  }

  /** The host port a container port is published on, or undefined. */
  async publishedPort(container: string, port: string): Promise<number | undefined> {
    const result = await this.call(['port', container, port.includes('/') ? port : `${port}/tcp`]);
    const match = /:(\d+)\s*$/m.exec(result.stdout);
    return match ? Number(match[1]) : undefined;
  }

  async stop(container: string, timeoutSeconds: number): Promise<void> {
    await this.call(['stop', '--time', String(timeoutSeconds), container]);
  }

  async logs(container: string, lines = 20): Promise<string> {
    const result = await this.call(['logs', '--tail', String(lines), container]);
    return `${result.stdout}${result.stderr}`;
  }

  async remove(containers: string[]): Promise<void> {
    if (containers.length) await this.call(['rm', '--force', '--volumes', ...containers]);
  }

  /** Containers carrying a label, running or not: how an interrupted run finds what it started. */
  async containersLabelled(label: string): Promise<string[]> {
    const result = await this.call(['ps', '--all', '--quiet', '--filter', `label=${label}`]);
    return result.stdout.split('\n').filter(Boolean);
  }

  /** Kills every docker process this engine started (on Ctrl-C, before cleaning up containers). */
  abortCalls(): void {
    for (const child of this.children) child.kill('SIGTERM');
  }
}

export function imageInfo(raw: {
  Id: string;
  RepoTags?: string[] | null;
  Size: number;
  Config?: {
    User?: string;
    Env?: string[] | null;
    Labels?: Record<string, string> | null;
    Entrypoint?: string[] | null;
    Cmd?: string[] | null;
    ExposedPorts?: Record<string, unknown> | null;
    WorkingDir?: string;
    StopSignal?: string;
    Healthcheck?: { Test?: string[]; Interval?: number; StartPeriod?: number; Retries?: number } | null;
  } | null;
  RootFS?: { Layers?: string[] | null };
}): ImageInfo {
  const config = raw.Config ?? {};
  const health = config.Healthcheck;
  return {
    id: raw.Id,
    repoTags: raw.RepoTags ?? [],
    sizeBytes: raw.Size,
    user: config.User ?? '',
    env: config.Env ?? [],
    labels: config.Labels ?? {},
    entrypoint: config.Entrypoint ?? [],
    cmd: config.Cmd ?? [],
    exposedPorts: Object.keys(config.ExposedPorts ?? {}),
    workingDir: config.WorkingDir ?? '',
    stopSignal: config.StopSignal ?? '',
    healthcheck:
      health?.Test?.length && health.Test[0] !== 'NONE'
        ? {
            test: health.Test,
            intervalNs: health.Interval ?? 0,
            startPeriodNs: health.StartPeriod ?? 0,
            retries: health.Retries ?? 0,
          }
        : undefined,
    layerDigests: raw.RootFS?.Layers ?? [],
  };
}
