import { describe, expect, it } from 'vitest';
import type { ImagePlan } from '../core/image-plan.js';
import { baseImageNotes } from './base-image-notes.js';

const plan = (args: Array<[string, string]>, ...from: string[]): ImagePlan => ({
  header: [],
  args: args.map(([name, value]) => ({ name, value })),
  stages: from.map((image, index) => ({ name: `s${index}`, from: image, purpose: '', steps: [] })),
});

describe('base image notes', () => {
  it('names a line past its end, with the maintained line of the same shape', () => {
    expect(
      baseImageNotes(plan([['NODE_VERSION', '20']], 'node:${NODE_VERSION}-bookworm-slim'), '2026-08-21'),
    ).toEqual([
      'node:20-bookworm-slim: node 20 reached its end of life on 2026-04-30; the maintained line is node:26-bookworm-slim.',
    ]);
  });

  it('names a tag that was never pushed', () => {
    const notes = baseImageNotes(
      plan([['RUST_VERSION', '1.63']], 'rust:${RUST_VERSION}-slim-bookworm'),
      '2026-08-21',
    );
    expect(notes).toEqual([
      expect.stringMatching(/^rust:1\.63-slim-bookworm is not a tag its publisher has pushed/),
    ]);
  });

  it('says nothing of maintained bases, stages, or images the table does not know', () => {
    expect(
      baseImageNotes(
        plan([], 'node:24-trixie-slim', 's0', 'quay.io/acme/base:1', 'gcr.io/distroless/cc-debian13:nonroot'),
        '2026-08-21',
      ),
    ).toEqual([]);
  });
});
