import { describe, expect, it } from 'vitest';
import { colours } from '../core/colours.js';
import type { BuildStep } from '../docker/build-progress.js';
import { buildProgressView } from './build-progress-view.js';

const step = (
  vertex: number,
  instruction: string | undefined,
  status: BuildStep['status'],
  seconds?: number,
): BuildStep => ({
  vertex,
  name: instruction ? `[app 1/2] ${instruction}` : 'exporting to image',
  ...(instruction ? { instruction, stage: 'app' } : {}),
  status,
  ...(seconds !== undefined ? { seconds } : {}),
  output: [],
});

describe('build progress view', () => {
  it('prints one plain line per finished Dockerfile step into a log', () => {
    let text = '';
    const view = buildProgressView((chunk) => (text += chunk), false, colours(false));
    view.onEvent({ kind: 'started', step: step(1, 'RUN npm ci', 'running') });
    view.onEvent({ kind: 'finished', step: step(1, 'RUN npm ci', 'done', 2.4) });
    view.onEvent({ kind: 'finished', step: step(2, 'COPY   . .', 'cached') });
    view.onEvent({ kind: 'finished', step: step(3, undefined, 'done', 0.1) });
    view.onEvent({ kind: 'finished', step: step(4, 'RUN make', 'error') });
    view.close();
    expect(text).toBe('   2.4s  app  RUN npm ci\n cached  app  COPY . .\n failed  app  RUN make\n');
  });

  it('on a terminal redraws the running step in place and clears it at the end', () => {
    let text = '';
    const view = buildProgressView((chunk) => (text += chunk), true, colours(false));
    view.onEvent({ kind: 'started', step: step(1, 'RUN npm ci', 'running') });
    view.onEvent({ kind: 'finished', step: step(1, 'RUN npm ci', 'done', 1) });
    view.close();
    const clearLine = '\r\u001b[2K';
    expect(text.split(clearLine)).toEqual(['   0.0s  app  RUN npm ci', '   1.0s  app  RUN npm ci\n']);
  });
});
