/**
 * GitLab's code quality report: the subset of Code Climate's issue format GitLab documents (description,
 * check_name, fingerprint, severity, location.path, location.lines.begin), with the path relative to the
 * repository root as the merge request widget needs to link it.
 */

import { createHash } from 'node:crypto';
import { isAbsolute, relative } from 'node:path';
import type { Finding, Severity } from '../core/finding.js';
import type { FormatContext } from './index.js';

const SEVERITY: Record<Severity, string> = { error: 'major', warning: 'minor', info: 'info', style: 'info' };

export function formatGitlab(findings: Finding[], context: Pick<FormatContext, 'cwd'>): string {
  const occurrences = new Map<string, number>();
  const issues = findings.map((finding) => {
    const path = (isAbsolute(finding.file) ? relative(context.cwd, finding.file) : finding.file)
      .split('\\')
      .join('/');
    // Keyed on file, rule and message (not the line) so an edit above a finding keeps it "the same" issue.
    const key = `${path}\u0000${finding.ruleId}\u0000${finding.message}`;
    const occurrence = occurrences.get(key) ?? 0;
    occurrences.set(key, occurrence + 1);
    return {
      description: finding.message,
      check_name: finding.ruleId,
      fingerprint: createHash('sha256').update(`${key}\u0000${occurrence}`).digest('hex'),
      severity: SEVERITY[finding.severity],
      location: { path, lines: { begin: finding.range.start.line, end: finding.range.end.line } },
    };
  });
  return `${JSON.stringify(issues, null, 2)}\n`;
}
