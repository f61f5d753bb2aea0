/**
 * Reads BuildKit's plain progress (`--progress=plain`, the same text from `docker build` and
 * `docker buildx build`) into steps: which ran, which came from cache, how long each took, and the
 * last lines a failing step printed. Pure: it is fed lines and returns what changed.
 *
 *   #8 [deps 2/2] RUN npm ci          a step starts (vertex 8)
 *   #8 0.412 added 12 packages        its output, with seconds since it started
 *   #8 CACHED | #8 DONE 3.2s | #8 ERROR: process "/bin/sh -c npm ci" did not complete successfully
 */

export type StepStatus = 'running' | 'cached' | 'done' | 'error';

export interface BuildStep {
  vertex: number;
  /** What BuildKit calls the step, e.g. `[deps 2/2] RUN npm ci` or `exporting to image`. */
  name: string;
  /** The stage and instruction of a Dockerfile step (`deps`, `RUN npm ci`), absent for internal ones. */
  stage?: string;
  instruction?: string;
  /** The step's place in its stage (the `2` of `[deps 2/3]`). */
  position?: number;
  status: StepStatus;
  seconds?: number;
  /** The last lines of output, kept to explain a failure. */
  output: string[];
  error?: string;
}

export type ProgressEvent = { kind: 'started' | 'finished'; step: BuildStep };

const OUTPUT_LINES_KEPT = 15;
const STEP_NAME = /^\[(?:(?<stage>[^\s\]]+) )?(?<position>\d+)\/\d+\] (?<instruction>.*)$/;

export class BuildProgress {
  private readonly byVertex = new Map<number, BuildStep>();

  /** Feeds one line; returns the event it caused, if any. */
  feed(line: string): ProgressEvent | undefined {
    const match = /^#(\d+) (.*)$/.exec(line);
    if (!match) return undefined;
    const vertex = Number(match[1]);
    const rest = match[2] ?? '';
    const step = this.byVertex.get(vertex);
    if (!step) {
      if (/^sha256:[0-9a-f]{64}$/.test(rest)) return undefined;
      const created = newStep(vertex, rest);
      this.byVertex.set(vertex, created);
      return { kind: 'started', step: created };
    }
    if (rest === 'CACHED') return this.finish(step, 'cached');
    const done = /^DONE (\d+(?:\.\d+)?)s$/.exec(rest);
    if (done) return this.finish(step, step.status === 'cached' ? 'cached' : 'done', Number(done[1]));
    const error = /^ERROR:? (.*)$/.exec(rest);
    if (error) {
      step.error = error[1];
      return this.finish(step, 'error');
    }
    // The step's own line repeats when BuildKit resumes reporting it; anything else is output.
    if (rest !== step.name && !/^sha256:[0-9a-f]{64}$/.test(rest)) {
      step.output.push(rest.replace(/^\d+\.\d+ /, ''));
      if (step.output.length > OUTPUT_LINES_KEPT) step.output.shift();
    }
    return undefined;
  }

  steps(): BuildStep[] {
    return [...this.byVertex.values()];
  }

  /**
   * The steps that came from the Dockerfile (not loading the context, metadata or exporting), in
   * Dockerfile order within each stage: BuildKit starts independent steps in any order.
   */
  dockerfileSteps(): BuildStep[] {
    const steps = this.steps().filter(
      (step) => step.instruction !== undefined && !/^FROM /i.test(step.instruction),
    );
    const stages = [...new Set(steps.map((step) => step.stage ?? ''))];
    return steps.sort(
      (a, b) =>
        stages.indexOf(a.stage ?? '') - stages.indexOf(b.stage ?? '') ||
        (a.position ?? 0) - (b.position ?? 0),
    );
  }

  private finish(step: BuildStep, status: StepStatus, seconds?: number): ProgressEvent | undefined {
    const already = step.status !== 'running';
    step.status = status;
    if (seconds !== undefined) step.seconds = seconds;
    return already ? undefined : { kind: 'finished', step };
  }
}

function newStep(vertex: number, name: string): BuildStep {
  const parsed = STEP_NAME.exec(name);
  return {
    vertex,
    name,
    ...(parsed?.groups?.instruction
      ? {
          instruction: parsed.groups.instruction,
          position: Number(parsed.groups.position),
          ...(parsed.groups.stage ? { stage: parsed.groups.stage } : {}),
        }
      : {}),
    status: 'running',
    output: [],
  };
}
