/** The harness's results as the README's markdown table. Pure. */

import type { AppResult } from './harness.js';

function megabytes(bytes: number | undefined): string {
  return bytes === undefined ? '' : `${(bytes / 1_000_000).toFixed(0)} MB`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
}

function detectCell(result: AppResult): string {
  if ('error' in result.detect) return `error: ${result.detect.error}`;
  const wrong = Object.entries(result.detect.fields)
    .filter(([, field]) => !field.match)
    .map(([name, field]) => `${name} ${field.got} (want ${field.expected})`);
  return `${result.detect.matches}/5${wrong.length ? `: ${wrong.join('; ')}` : ''}`;
}

function lintCell(result: AppResult): string {
  if (!result.init.ok) return '';
  if (result.lint.error) return `error: ${result.lint.error}`;
  const rules = Object.entries(result.lint.byRule)
    .map(([rule, count]) => `${rule}×${count}`)
    .join(', ');
  return result.lint.findings ? `${result.lint.findings}: ${rules}` : 'clean';
}

function buildCell(result: AppResult): string {
  if (!result.build) return result.outcome === 'not buildable here' ? 'not buildable here' : '';
  if (result.build.ok) return `ok, ${megabytes(result.build.sizeBytes)}`;
  const where = result.build.step ? ` at \`${result.build.step.slice(0, 90)}\`` : '';
  return `failed${where}`;
}

function upCell(result: AppResult): string {
  return result.up
    .map((up) => {
      const probes = [
        up.health ? `${up.health.path} ${up.health.status}` : '',
        up.root ? `/ ${up.root.status}` : '',
      ].filter(Boolean);
      const name = up.files.includes('compose.prod.yaml') ? 'prod' : 'base';
      return `${name}: ${up.healthy ? 'healthy' : 'no'}${probes.length ? ` (${probes.join(', ')})` : ''}`;
    })
    .join('; ');
}

function verifyCell(result: AppResult): string {
  if (!result.verify) return '';
  if (result.verify.error) return `error: ${result.verify.error}`;
  const failed = result.verify.checks.filter((check) => check.status === 'fail').map((check) => check.id);
  const passed = result.verify.checks.filter((check) => check.status === 'pass').length;
  return `${passed} pass${failed.length ? `, fail: ${failed.join(', ')}` : ''}`;
}

function sizeCell(result: AppResult): string {
  const ours = result.build?.ok ? result.build.sizeBytes : undefined;
  if (!result.upstream) return '';
  if (result.upstream.sizeBytes === undefined) return `upstream: ${result.upstream.reason ?? 'n/a'}`;
  const ratio = ours ? ` (×${(ours / result.upstream.sizeBytes).toFixed(2)})` : '';
  return `${megabytes(ours)} vs ${megabytes(result.upstream.sizeBytes)}${ratio}`;
}

function timeCell(result: AppResult): string {
  if (!result.build?.ok) return '';
  const rebuild = result.rebuild
    ? result.rebuild.error
      ? 'rebuild failed'
      : `${result.rebuild.seconds.toFixed(0)} s`
    : 'no rebuild';
  return `${result.build.seconds.toFixed(0)} s / ${rebuild}`;
}

function reinstallCell(result: AppResult): string {
  if (!result.rebuild || result.rebuild.reranInstall === null) return '';
  return result.rebuild.reranInstall ? `yes: \`${(result.rebuild.reranInstalls ?? []).join('`, `')}\`` : 'no';
}

function notesCell(result: AppResult): string {
  const notes = [result.reason];
  if (result.build && !result.build.ok && result.build.lastLines?.length)
    notes.push(`last lines: ${result.build.lastLines.slice(-3).join(' / ')}`);
  if (result.init.ok && result.init.idempotent === false) notes.push('init again changes files');
  return notes.filter(Boolean).join('. ').slice(0, 400);
}

export const TABLE_HEADER = [
  'app',
  'stack',
  'outcome',
  'detect vs MANIFEST',
  'lint',
  'compose config',
  'build',
  'compose up --wait',
  'verify',
  'size vs upstream',
  'cold / rebuild',
  'rebuild re-ran install',
  'notes',
];

export function resultRow(result: AppResult): string[] {
  return [
    result.name,
    result.stack,
    result.outcome,
    detectCell(result),
    lintCell(result),
    result.init.ok ? (result.composeConfig.ok ? 'valid' : `invalid: ${result.composeConfig.error}`) : '',
    buildCell(result),
    upCell(result),
    verifyCell(result),
    sizeCell(result),
    timeCell(result),
    reinstallCell(result),
    notesCell(result),
  ];
}

export function markdownTable(results: AppResult[]): string {
  const rows = [TABLE_HEADER, TABLE_HEADER.map(() => '---'), ...results.map(resultRow)];
  return rows.map((row) => `| ${row.map(cell).join(' | ')} |`).join('\n');
}

export function outcomeCounts(results: AppResult[]): string {
  const counts = new Map<string, number>();
  for (const result of results) counts.set(result.outcome, (counts.get(result.outcome) ?? 0) + 1);
  return [...counts].map(([outcome, count]) => `${count} ${outcome}`).join(', ');
}
