// npm run fuzz [count] [seed] — the unit suite's fuzz test, for a long run: the same generators and
// checks (no uncaught exception, no input over 2 s), with the count and seed given here.
import { spawnSync } from 'node:child_process';

const count = Number(process.argv[2] ?? 100_000);
const seed = Number(process.argv[3] ?? Date.now() % 1_000_000);
if (!Number.isInteger(count) || count <= 0 || !Number.isInteger(seed)) {
  console.error('usage: npm run fuzz [count] [seed]');
  process.exit(2);
}
console.log(`fuzz: ${count} inputs, seed ${seed}`);
const result = spawnSync('npx', ['vitest', 'run', '--project', 'unit', 'test/unit/fuzz.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_COUNT: String(count), FUZZ_SEED: String(seed) },
});
process.exit(result.status ?? 1);
