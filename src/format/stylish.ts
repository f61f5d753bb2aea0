/** The default lint output, in ESLint's "stylish" layout: findings grouped by file, then a total. */

import type { Colours } from '../cli/colours.js';
import type { Finding, Severity } from '../core/finding.js';

export function formatStylish(findings: Finding[], colours: Colours): string {
  if (findings.length === 0) return '';
  const byFile = new Map<string, Finding[]>();
  for (const finding of findings) byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), finding]);
  const paint: Record<Severity, (text: string) => string> = {
    error: colours.red,
    warning: colours.yellow,
    info: colours.blue,
    style: colours.dim,
  };
  const lines: string[] = [];
  for (const [file, fileFindings] of byFile) {
    lines.push(colours.underline(file));
    const sorted = [...fileFindings].sort(
      (a, b) => a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column,
    );
    for (const finding of sorted) {
      const where = `${finding.range.start.line}:${finding.range.start.column}`;
      lines.push(
        `  ${colours.dim(where.padEnd(7))} ${paint[finding.severity](finding.severity.padEnd(7))} ${finding.message}  ${colours.dim(finding.ruleId)}`,
      );
    }
    lines.push('');
  }
  const counts = (severity: Severity) => findings.filter((finding) => finding.severity === severity).length;
  const errors = counts('error');
  const warnings = counts('warning');
  const others = findings.length - errors - warnings;
  const total = `${findings.length} problem${findings.length === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}${others ? `, ${others} other` : ''})`;
  lines.push((errors ? colours.red : colours.yellow)(colours.bold(`✖ ${total}`)));
  return `${lines.join('\n')}\n`;
}
