/** Which real apps there are and which to run; runs them one after another (two cores: builds do not overlap). */

import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type AppResult, type HarnessOptions, runApp } from './harness.js';
import { type ManifestRow, readManifest } from './manifest.js';
import { REPO_ROOT } from './tools.js';

/** SHIPSHAPE_REALWORLD, else ../shared/realworld beside the repository; undefined when it is not there. */
export function realworldDir(env: Record<string, string | undefined> = process.env): string | undefined {
  const dir = env.SHIPSHAPE_REALWORLD
    ? resolve(env.SHIPSHAPE_REALWORLD)
    : join(REPO_ROOT, '..', 'shared', 'realworld');
  return existsSync(join(dir, 'MANIFEST.tsv')) ? dir : undefined;
}

export function selectApps(rows: ManifestRow[], only: string[] | undefined): ManifestRow[] {
  if (!only?.length) return rows;
  const unknown = only.filter((name) => !rows.some((row) => row.name === name));
  if (unknown.length)
    throw new Error(
      `--only: no app named ${unknown.join(', ')} in MANIFEST.tsv (known: ${rows.map((row) => row.name).join(', ')})`,
    );
  return rows.filter((row) => only.includes(row.name));
}

export async function runSuite(
  dir: string,
  only: string[] | undefined,
  options: HarnessOptions & {
    staticFor?: (row: ManifestRow) => boolean;
    progress?: (line: string) => void;
    /** Called after each app, so that a long run's results survive its interruption. */
    onResult?: (result: AppResult, done: AppResult[]) => void;
  },
): Promise<AppResult[]> {
  const rows = selectApps(readManifest(dir), only);
  const results: AppResult[] = [];
  for (const [i, row] of rows.entries()) {
    const started = performance.now();
    options.progress?.(`[${i + 1}/${rows.length}] ${row.name} (${row.stack.split(' ')[0]}) ...`);
    const result = await runApp(join(dir, row.name), row, {
      ...options,
      staticOnly: options.staticOnly || options.staticFor?.(row) === true,
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    options.progress?.(
      `[${i + 1}/${rows.length}] ${row.name}: ${result.outcome} in ${seconds} s: ${result.reason}`,
    );
    results.push(result);
    options.onResult?.(result, results);
  }
  return results;
}
