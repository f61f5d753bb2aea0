/** The default output, ESLint's "stylish" layout with a code frame under each finding, and a total. */

import type { Finding, Severity } from '../core/finding.js';
import { maskSecrets } from '../core/secret-mask.js';
import { LineIndex } from '../core/source.js';
import { escapeControlCharacters } from '../core/terminal-text.js';
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
    lines.push(colours.underline(escapeControlCharacters(file)));
    const text = source(file);
    const index = text === undefined ? undefined : new LineIndex(text);
    for (const finding of fileFindings) {
      const where = `${finding.range.start.line}:${finding.range.start.column}`;
      const fixable = finding.fix?.length ? colours.dim(' (fixable with --fix)') : '';
      lines.push(
        `  ${colours.dim(where.padEnd(7))} ${paint[finding.severity](finding.severity.padEnd(7))} ${escapeControlCharacters(finding.message)}  ${colours.dim(finding.ruleId)}${fixable}`,
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

/**
 * The finding's first line, with a caret line under the reported columns. Secret values in the line are
 * masked (a frame shown for another finding must not print a token into a CI log), and control
 * characters escaped; the carets are placed on the escaped text.
 */
function codeFrame(index: LineIndex, finding: Finding, mark: (text: string) => string): string[] {
  const line = finding.range.start.line;
  const raw = maskSecrets(index.lineText(line));
  if (!raw.trim()) return [];
  const rawStart = finding.range.start.column - 1;
  const rawEnd =
    finding.range.end.line === line ? Math.max(finding.range.end.column - 1, rawStart + 1) : raw.length;
  const text = escapeControlCharacters(raw);
  const start = escapeControlCharacters(raw.slice(0, rawStart)).length;
  const end = start + escapeControlCharacters(raw.slice(rawStart, rawEnd)).length;
  const gutter = `    ${String(line).padStart(4)} | `;
  return [
    `${gutter}${text}`,
    `${' '.repeat(gutter.length - 2)}| ${' '.repeat(start)}${mark('^'.repeat(Math.max(1, end - start)))}`,
  ];
}
