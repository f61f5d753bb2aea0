/** One line per finding, `file:line:col: severity rule-id message`: the shape editors' quickfix lists and grep read. */

import type { Finding } from '../core/finding.js';

export function formatCompact(findings: Finding[]): string {
  return findings
    .map((finding) => {
      const { line, column } = finding.range.start;
      // A message is one line by contract; a stray newline would split one finding into two for grep.
      const message = finding.message.replace(/\r?\n/g, ' ');
      return `${finding.file}:${line}:${column}: ${finding.severity} ${finding.ruleId} ${message}\n`;
    })
    .join('');
}
