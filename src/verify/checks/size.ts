import { formatBytes } from '../../core/bytes.js';
import type { HistoryEntry, ImageInfo } from '../../docker/engine.js';
import { type CheckResult, fail, pass } from '../check.js';

/** Total size and the largest steps, against the budget given with --max-size. */
export function sizeCheck(
  image: ImageInfo,
  history: HistoryEntry[],
  maxBytes: number | undefined,
): CheckResult {
  const largest = history
    .filter((entry) => entry.sizeBytes > 0)
    .sort((a, b) => b.sizeBytes - a.sizeBytes)
    .slice(0, 2)
    .map((entry) => `${formatBytes(entry.sizeBytes)} ${describeStep(entry.createdBy)}`);
  const summary = `${formatBytes(image.sizeBytes)} in ${image.layerDigests.length} layers (largest: ${largest.join(', ')})`;
  if (maxBytes === undefined) return pass('size', `${summary}; no budget set (--max-size)`);
  if (image.sizeBytes > maxBytes) return fail('size', `${summary}, over the ${formatBytes(maxBytes)} budget`);
  return pass('size', `${summary}, within the ${formatBytes(maxBytes)} budget`);
}

/** A history line as the Dockerfile said it: without BuildKit's and the classic builder's decorations. */
export function describeStep(createdBy: string): string {
  const text = createdBy
    .replace(/^\/bin\/sh -c #\(nop\)\s*/, '')
    .replace(/^RUN \|\d+ (?:\S+=\S* )*/, 'RUN ')
    .replace(/ # buildkit$/, '')
    .replace(/\/bin\/sh -c /, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!text) return '(imported base layer)';
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
