/** Code Climate issues, the format GitLab's code quality report reads. */

import { createHash } from 'node:crypto';
import type { Finding, Severity } from '../core/finding.js';

const SEVERITY: Record<Severity, string> = { error: 'major', warning: 'minor', info: 'info', style: 'info' };
const SECURITY = /secret|root|sudo|privileged|socket|trusted|curl-pipe|chmod|cap-|network-host/;

export function formatCodeClimate(findings: Finding[]): string {
  const seen = new Map<string, number>();
  const issues = findings.map((finding) => ({
    type: 'issue',
    check_name: finding.ruleId,
    description: finding.message,
    categories: [
      SECURITY.test(finding.ruleId) ? 'Security' : finding.severity === 'style' ? 'Style' : 'Bug Risk',
    ],
    severity: SEVERITY[finding.severity],
    location: {
      path: finding.file,
      positions: {
        begin: { line: finding.range.start.line, column: finding.range.start.column },
        end: { line: finding.range.end.line, column: finding.range.end.column },
      },
    },
    // Stable across runs and unrelated edits above the finding: file, rule, message and occurrence, not the line.
    fingerprint: fingerprint(`${finding.file}\u0000${finding.ruleId}\u0000${finding.message}`, seen),
  }));
  return `${JSON.stringify(issues, null, 2)}\n`;
}

function fingerprint(key: string, seen: Map<string, number>): string {
  const occurrence = seen.get(key) ?? 0;
  seen.set(key, occurrence + 1);
  return createHash('md5').update(`${key}\u0000${occurrence}`).digest('hex');
}
