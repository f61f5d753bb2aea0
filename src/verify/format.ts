/** A verify report for a terminal, for a pull-request comment (Markdown), or as JSON. */

import { formatBytes } from '../core/bytes.js';
import type { Colours } from '../core/colours.js';
import type { CheckResult, VerifyReport } from './check.js';

export function checkLine(check: CheckResult, paint: Colours): string {
  const mark =
    check.status === 'pass'
      ? paint.green('pass')
      : check.status === 'fail'
        ? paint.red('FAIL')
        : paint.dim('skip');
  return `  ${mark}  ${check.id.padEnd(18)}${check.status === 'skip' ? paint.dim(check.detail) : check.detail}`;
}

export function formatText(report: VerifyReport, paint: Colours): string {
  const failed = report.checks.filter((check) => check.status === 'fail').length;
  const verdict = report.passed
    ? paint.green('production-ready: every check passed')
    : paint.red(`${failed} check${failed === 1 ? '' : 's'} failed`);
  const name = report.image.startsWith('sha256:') ? shortId(report.image) : report.image;
  return `${paint.bold(name)} ${paint.dim(`(${shortId(report.imageId)}, ${formatBytes(report.sizeBytes)})`)}: ${verdict}\n`;
}

export function formatMarkdown(report: VerifyReport): string {
  const icon = { pass: '✅', fail: '❌', skip: '➖' } as const;
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return [
    `### shipshape verify: \`${report.image}\` ${report.passed ? 'passed' : 'failed'}`,
    '',
    `Image \`${shortId(report.imageId)}\`, ${formatBytes(report.sizeBytes)}.`,
    '',
    '| | Check | Detail |',
    '|---|---|---|',
    ...report.checks.map((check) => `| ${icon[check.status]} | \`${check.id}\` | ${cell(check.detail)} |`),
    '',
  ].join('\n');
}

export function formatJson(report: VerifyReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

function shortId(id: string): string {
  return id.replace(/^sha256:/, '').slice(0, 12);
}
