/** Runs Trivy or Grype, whichever is installed (Trivy first), and counts what it found by severity. */

import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { lastLine, runProcess } from '../io/process.js';
import { countGrype, countTrivy, type ScanOutcome } from './checks/scan.js';

export function findScanner(
  env: Record<string, string | undefined>,
): { name: 'trivy' | 'grype'; path: string } | undefined {
  for (const name of ['trivy', 'grype'] as const) {
    for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
      const path = join(dir, name);
      try {
        accessSync(path, constants.X_OK);
        return { name, path };
      } catch {
        // not here
      }
    }
  }
  return undefined;
}

export async function scanImage(
  image: string,
  env: Record<string, string | undefined>,
): Promise<ScanOutcome | undefined> {
  const scanner = findScanner(env);
  if (!scanner) return undefined;
  const args =
    scanner.name === 'trivy'
      ? ['image', '--quiet', '--format', 'json', '--scanners', 'vuln', image]
      : [image, '--output', 'json', '--quiet'];
  const { status, stdout, stderr } = await runProcess(scanner.path, args, {
    env,
    timeoutMs: 15 * 60_000,
  }).catch((error: Error) => ({ status: 1, stdout: '', stderr: error.message }));
  if (status !== 0) return { scanner: scanner.name, error: lastLine(stderr) ?? `exit ${status}` };
  try {
    const report = JSON.parse(stdout);
    return {
      scanner: scanner.name,
      counts: scanner.name === 'trivy' ? countTrivy(report) : countGrype(report),
    };
  } catch {
    return { scanner: scanner.name, error: 'its output was not JSON' };
  }
}
