/**
 * Shows a build's steps as they happen. On a terminal, the running step is one line redrawn with its
 * elapsed time and each finished step is printed above it; into a pipe or CI log, one plain line per
 * finished step, so logs stay readable.
 */

import type { Colours } from '../core/colours.js';
import type { BuildStep, ProgressEvent } from '../docker/build-progress.js';

export interface ProgressView {
  onEvent(event: ProgressEvent): void;
  /** Clears the live line; call when the build ends, however it ends. */
  close(): void;
}

export function buildProgressView(
  write: (text: string) => void,
  live: boolean,
  paint: Colours,
): ProgressView {
  const running = new Map<number, { step: BuildStep; began: number }>();
  let drawn = false;
  const clear = () => {
    if (drawn) write('\r\u001b[2K');
    drawn = false;
  };
  const draw = () => {
    clear();
    const latest = [...running.values()].pop();
    if (!latest) return;
    const seconds = ((performance.now() - latest.began) / 1000).toFixed(1);
    const columns = process.stderr.columns || 100;
    write(paint.dim(truncate(`${`${seconds}s`.padStart(7)}  ${label(latest.step)}`, columns - 1)));
    drawn = true;
  };
  const timer = live ? setInterval(draw, 100) : undefined;
  timer?.unref();
  return {
    onEvent(event) {
      if (event.kind === 'started') {
        running.set(event.step.vertex, { step: event.step, began: performance.now() });
        if (live) draw();
        return;
      }
      running.delete(event.step.vertex);
      if (event.step.instruction === undefined && event.step.status !== 'error') return;
      if (live) clear();
      write(`${finishedLine(event.step, paint)}\n`);
      if (live) draw();
    },
    close() {
      if (timer) clearInterval(timer);
      clear();
    },
  };
}

export function finishedLine(step: BuildStep, paint: Colours): string {
  const text =
    step.status === 'cached'
      ? 'cached'
      : step.status === 'error'
        ? 'failed'
        : `${(step.seconds ?? 0).toFixed(1)}s`;
  const padded = text.padStart(7);
  const status =
    step.status === 'cached' ? paint.dim(padded) : step.status === 'error' ? paint.red(padded) : padded;
  return `${status}  ${truncate(label(step), 110)}`;
}

function label(step: BuildStep): string {
  return step.instruction === undefined
    ? step.name
    : `${step.stage ? `${step.stage}  ` : ''}${step.instruction.replace(/\s+/g, ' ')}`;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
