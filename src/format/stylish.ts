/** The default output, ESLint's "stylish" layout with a code frame under each finding, and a total. */

import type { Finding, Severity } from '../core/finding.js';
import { LineIndex } from '../core/source.js';
import type { FormatContext } from './index.js';

export function formatStylish(findings: Finding[], { colours, source }: FormatContext): string {
  if (findings.length === 0) return '';
  const paint: Record<Severity, (text: string) => string> = {
    error: colours.red,
    warning: colours.yellow,
    info: colours.blue,
    style: colours.dim,
  };
  const byFile = new Map<string, Finding[]>();
  for (const finding of findings) byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), finding]);
  const lines: string[] = [];
  for (const [file, fileFindings] of byFile) {
    lines.push(colours.underline(file));
    const text = source(file);
    const index = text === undefined ? undefined : new LineIndex(text);
    for (const finding of fileFindings) {
      const where = `${finding.range.start.line}:${finding.range.start.column}`;
      const fixable = finding.fix?.length ? colours.dim(' (fixable with --fix)') : '';
      lines.push(
        `  ${colours.dim(where.padEnd(7))} ${paint[finding.severity](finding.severity.padEnd(7))} ${finding.message}  ${colours.dim(finding.ruleId)}${fixable}`,
      );
      if (index) lines.push(...codeFrame(index, finding, colours.red));
    }
    lines.push('');
  }
  const count = (severity: Severity) => findings.filter((finding) => finding.severity === severity).length;
  const errors = count('error');
  const warnings = count('warning');
  const others = findings.length - errors - warnings;
  const fixable = findings.filter((finding) => finding.fix?.length).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  lines.push(
    (errors ? colours.red : colours.yellow)(
      colours.bold(
        `✖ ${plural(findings.length, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}${others ? `, ${others} other` : ''})`,
      ),
    ),
  );
  if (fixable) lines.push(colours.dim(`  ${fixable} fixable with --fix`));
  return `${lines.join('\n')}\n`;
}

/** The finding's first line, with a caret line under the reported columns. */
function codeFrame(index: LineIndex, finding: Finding, mark: (text: string) => string): string[] {
  const line = finding.range.start.line;
  const text = index.lineText(line);
  if (!text.trim()) return [];
  const start = finding.range.start.column - 1;
  const end =
    finding.range.end.line === line ? Math.max(finding.range.end.column - 1, start + 1) : text.length;
  const gutter = `    ${String(line).padStart(4)} | `;
  return [
    `${gutter}${text}`,
    `${' '.repeat(gutter.length - 2)}| ${' '.repeat(start)}${mark('^'.repeat(Math.max(1, end - start)))}`,
  ];
}
