/**
 * Applies fixes as ESLint does: each finding's edits as one unit, units that overlap an earlier-accepted
 * unit are left for the next pass, and edits are applied from the bottom up so offsets stay valid.
 */

import type { Finding, Fix } from '../core/finding.js';

export function applyFixes(text: string, findings: Finding[]): { text: string; applied: number } {
  const units = findings.filter((finding) => finding.fix?.length).map((finding) => finding.fix as Fix[]);
  units.sort((a, b) => start(a) - start(b));
  const accepted: Fix[] = [];
  let applied = 0;
  for (const unit of units) {
    if (unit.some((edit) => accepted.some((other) => overlaps(edit, other)))) continue;
    accepted.push(...unit);
    applied++;
  }
  accepted.sort((a, b) => b.range.startOffset - a.range.startOffset || b.range.endOffset - a.range.endOffset);
  let out = text;
  for (const edit of accepted)
    out = out.slice(0, edit.range.startOffset) + edit.text + out.slice(edit.range.endOffset);
  return { text: out, applied };
}

function start(unit: Fix[]): number {
  return Math.min(...unit.map((edit) => edit.range.startOffset));
}

/** Two insertions at the same point conflict too: their order would be a guess. */
function overlaps(a: Fix, b: Fix): boolean {
  if (a.range.startOffset === b.range.startOffset) return true;
  return a.range.startOffset < b.range.endOffset && b.range.startOffset < a.range.endOffset;
}
