/** Checkstyle XML, read by Jenkins, GitLab and many CI report plugins. */

import type { Finding, Severity } from '../core/finding.js';
import { escapeControlCharacters } from '../core/terminal-text.js';

const SEVERITY: Record<Severity, string> = {
  error: 'error',
  warning: 'warning',
  info: 'info',
  style: 'info',
};

// XML 1.0 forbids most control characters, so they are escaped before the entities.
const xml = (text: string) =>
  escapeControlCharacters(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

export function formatCheckstyle(findings: Finding[]): string {
  const byFile = new Map<string, Finding[]>();
  for (const finding of findings) byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), finding]);
  const lines = ['<?xml version="1.0" encoding="utf-8"?>', '<checkstyle version="4.3">'];
  for (const [file, list] of byFile) {
    lines.push(`  <file name="${xml(file)}">`);
    for (const finding of list) {
      lines.push(
        `    <error line="${finding.range.start.line}" column="${finding.range.start.column}" severity="${SEVERITY[finding.severity]}" message="${xml(finding.message)}" source="shipshape.${xml(finding.ruleId)}"/>`,
      );
    }
    lines.push('  </file>');
  }
  lines.push('</checkstyle>');
  return `${lines.join('\n')}\n`;
}
