import { describe, expect, it } from 'vitest';
import { countGrype, countTrivy, SCAN_HINT, scanCheck } from './scan.js';

const trivy = {
  Results: [
    { Vulnerabilities: [{ Severity: 'CRITICAL' }, { Severity: 'HIGH' }, { Severity: 'LOW' }] },
    { Vulnerabilities: null },
    { Vulnerabilities: [{ Severity: 'MEDIUM' }, { Severity: 'UNKNOWN' }] },
  ],
};
const grype = {
  matches: [{ vulnerability: { severity: 'High' } }, { vulnerability: { severity: 'Negligible' } }],
};

describe('scan', () => {
  it('counts Trivy and Grype results by severity', () => {
    expect(countTrivy(trivy)).toEqual({ critical: 1, high: 1, medium: 1, low: 1, unknown: 1 });
    expect(countGrype(grype)).toEqual({ critical: 0, high: 1, medium: 0, low: 1, unknown: 0 });
  });

  it.each([
    ['critical', 'trivy', trivy, 'fail', /1 at critical or above/],
    ['high', 'grype', grype, 'fail', /1 at high or above/],
    ['critical', 'grype', grype, 'pass', /grype: 0 critical, 1 high, 0 medium, 1 low, 0 unknown/],
  ] as const)('fails at --fail-on %s and above', (failOn, scanner, report, status, detail) => {
    const counts =
      scanner === 'trivy' ? countTrivy(report as typeof trivy) : countGrype(report as typeof grype);
    const result = scanCheck({ scanner, counts }, failOn);
    expect(result.status).toBe(status);
    expect(result.detail).toMatch(detail);
  });

  it('skips with an install hint when no scanner is installed, and says why when one gave nothing', () => {
    expect(scanCheck(undefined, 'critical')).toEqual({ id: 'scan', status: 'skip', detail: SCAN_HINT });
    expect(
      scanCheck({ scanner: 'trivy', error: 'failed to download vulnerability DB' }, 'critical').detail,
    ).toBe('trivy gave no result: failed to download vulnerability DB');
  });
});
