/**
 * A Dockerfile as data: stages of steps, each step one instruction with its options spelled out. Plans
 * per language build these; one printer (render/dockerfile.ts) writes them, so every generated
 * Dockerfile has the same layout and the same care (exec form, numeric users, cache mounts).
 */

export interface CacheMount {
  target: string;
  /** Share the cache between concurrent builds safely (`sharing=locked`), for package managers that lock. */
  locked?: boolean;
}

export type Step =
  | { kind: 'comment'; text: string }
  | { kind: 'workdir'; path: string }
  | { kind: 'env'; vars: Array<[string, string]> }
  | { kind: 'arg'; name: string; value?: string }
  | {
      kind: 'copy';
      sources: string[];
      dest: string;
      from?: string;
      chown?: string;
      chmod?: string;
      link?: boolean;
    }
  | {
      kind: 'run';
      commands: string[];
      caches?: CacheMount[];
      secrets?: Array<{ id: string; target: string }>;
    }
  | { kind: 'user'; user: string }
  | { kind: 'expose'; port: number }
  | {
      kind: 'healthcheck';
      argv: string[];
      interval: string;
      timeout: string;
      startPeriod: string;
      retries: number;
    }
  | { kind: 'entrypoint'; argv: string[] }
  | { kind: 'cmd'; argv: string[] };

export interface StagePlan {
  name: string;
  from: string;
  /** One line above the stage: what it is for. */
  purpose: string;
  steps: Step[];
}

export interface ImagePlan {
  /** Header comment lines (how to build, what the targets are). */
  header: string[];
  /** ARGs before the first FROM, used by FROM lines (versions pinned to what detect found). */
  args: Array<{ name: string; value: string }>;
  stages: StagePlan[];
}
