import { type CheckResult, fail, pass, skip } from '../check.js';

export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];
export type SeverityCounts = Record<Severity | 'unknown', number>;

export interface ScanOutcome {
  scanner: 'trivy' | 'grype';
  counts?: SeverityCounts;
  /** Why the scanner gave no result (no vulnerability database offline, for instance). */
  error?: string;
}

export const SCAN_HINT =
  'no scanner installed: install Trivy (https://trivy.dev) or Grype (https://github.com/anchore/grype) to scan for known vulnerabilities';

export function scanCheck(outcome: ScanOutcome | undefined, failOn: Severity): CheckResult {
  if (!outcome) return skip('scan', SCAN_HINT);
  if (outcome.error || !outcome.counts)
    return skip('scan', `${outcome.scanner} gave no result: ${outcome.error ?? 'no output'}`);
  const counts = outcome.counts;
  const listed = [...SEVERITIES, 'unknown' as const]
    .map((severity) => `${counts[severity]} ${severity}`)
    .join(', ');
  const gate = SEVERITIES.slice(0, SEVERITIES.indexOf(failOn) + 1);
  const blocking = gate.reduce((sum, severity) => sum + counts[severity], 0);
  if (blocking) return fail('scan', `${outcome.scanner}: ${listed}; ${blocking} at ${failOn} or above`);
  return pass('scan', `${outcome.scanner}: ${listed}`);
}

function emptyCounts(): SeverityCounts {
  return { critical: 0, high: 0, medium: 0, low: 0, unknown: 0 };
}

function count(counts: SeverityCounts, severity: string | undefined): void {
  const key = (severity ?? '').toLowerCase();
  if (key === 'negligible') counts.low += 1;
  else if (key in counts) counts[key as Severity] += 1;
  else counts.unknown += 1;
}

/** `trivy image --format json`: Results[].Vulnerabilities[].Severity (CRITICAL, HIGH, ...). */
export function countTrivy(report: {
  Results?: { Vulnerabilities?: { Severity?: string }[] | null }[] | null;
}): SeverityCounts {
  const counts = emptyCounts();
  for (const result of report.Results ?? [])
    for (const vulnerability of result.Vulnerabilities ?? []) count(counts, vulnerability.Severity);
  return counts;
}

/** `grype -o json`: matches[].vulnerability.severity (Critical, High, ..., Negligible). */
export function countGrype(report: {
  matches?: { vulnerability?: { severity?: string } }[] | null;
}): SeverityCounts {
  const counts = emptyCounts();
  for (const match of report.matches ?? []) count(counts, match.vulnerability?.severity);
  return counts;
}
