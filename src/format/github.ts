/** GitHub Actions workflow commands: each finding becomes an annotation on the pull request's diff. */

import type { Finding, Severity } from '../core/finding.js';
import { escapeControlCharacters } from '../core/terminal-text.js';

const COMMAND: Record<Severity, string> = {
  error: 'error',
  warning: 'warning',
  info: 'notice',
  style: 'notice',
};

const escapeData = (text: string) =>
  escapeControlCharacters(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function formatGithub(findings: Finding[]): string {
  return findings
    .map((finding) => {
      const { start, end } = finding.range;
      const properties = [
        `file=${escapeProperty(finding.file)}`,
        `line=${start.line}`,
        `col=${start.column}`,
        `endLine=${end.line}`,
        `endColumn=${end.column}`,
        `title=${escapeProperty(finding.ruleId)}`,
      ].join(',');
      return `::${COMMAND[finding.severity]} ${properties}::${escapeData(finding.message)}\n`;
    })
    .join('');
}
