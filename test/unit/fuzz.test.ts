import { describe, expect, it } from 'vitest';
import { runFuzz } from '../fuzz/harness.js';

// The CI default fits in under a minute on a loaded two-core machine; `npm run fuzz <count>` runs more.
const COUNT = Number(process.env.FUZZ_COUNT ?? 20_000);
const SEED = Number(process.env.FUZZ_SEED ?? 12);

describe('fuzz: lint engine, fixer and every format', () => {
  it(`survives ${COUNT} seeded inputs, none over 2 s`, () => {
    const report = runFuzz(SEED, COUNT);
    const summary = report.failures
      .slice(0, 5)
      .map((f) => `#${f.index} ${f.kind}: ${f.reason}\n${JSON.stringify(f.input).slice(0, 400)}`);
    console.log(
      `fuzz: ${report.inputs} inputs in ${Math.round(report.totalMs)} ms, slowest ${Math.round(report.slowestMs)} ms, ${report.failures.length} failures`,
    );
    expect(summary).toEqual([]);
  }, 600_000);
});
