/**
 * Layer waste, measured the way dive measures it: every path that appears in more than one layer (a file
 * rewritten, or deleted by a whiteout) costs the image bytes that nobody can see. The efficiency score is
 * dive's: the sum over paths of the smallest size each path ever had, divided by the sum of every size it
 * had in every layer. Two differences, both on purpose:
 * - deleting a directory (one whiteout, or an opaque marker) counts each file it hides, where dive counts
 *   only the directory's own entry and so misses `RUN rm -rf /big-dir`;
 * - wasted bytes are the bytes that are no longer visible (all copies but the final one), where dive adds
 *   the final copy too and so reports twice the waste of a file written twice.
 */

import type { Layer } from './image-archive.js';

export interface WastedPath {
  path: string;
  /** How many layers hold or delete it. */
  occurrences: number;
  wastedBytes: number;
}

export interface LayerWaste {
  efficiency: number;
  wastedBytes: number;
  /** Bytes in every layer but the first, dive's measure of what the user's Dockerfile added. */
  userBytes: number;
  /** wastedBytes / userBytes, as dive's `highestUserWastedPercent` reads it (0.1 = 10%). */
  userWastedRatio: number;
  /** The worst paths, largest waste first. */
  worst: WastedPath[];
}

interface PathHistory {
  cumulative: number;
  smallest: number;
  occurrences: number;
  /** Size of the copy that is visible at the end; 0 once deleted. */
  visible: number;
}

export function layerWaste(layers: Layer[], worstCount = 10): LayerWaste {
  const histories = new Map<string, PathHistory>();
  /** Files visible after stacking the layers so far, by path. */
  const visible = new Map<string, number>();
  const record = (path: string, size: number) => {
    const history = histories.get(path) ?? { cumulative: 0, smallest: size, occurrences: 0, visible: 0 };
    history.cumulative += size;
    history.smallest = Math.min(history.smallest, size);
    history.occurrences += 1;
    history.visible = size;
    histories.set(path, history);
  };
  const hide = (path: string, includeSelf: boolean) => {
    // A whiteout of a file hides that file alone; only a directory's needs the scan for what is beneath.
    if (includeSelf && visible.has(path)) {
      record(path, 0);
      visible.delete(path);
      return;
    }
    const prefix = path ? `${path}/` : '';
    for (const seen of [...visible.keys()]) {
      if (seen.startsWith(prefix)) {
        record(seen, 0);
        visible.delete(seen);
      }
    }
  };
  for (const layer of layers) {
    // A layer's deletions apply to the layers below it, before its own files are added.
    for (const entry of layer.entries) {
      if (entry.kind === 'whiteout') hide(entry.path, true);
      else if (entry.kind === 'opaque') hide(entry.path, false);
    }
    for (const entry of layer.entries) {
      if (entry.kind !== 'file' && entry.kind !== 'link') continue;
      record(entry.path, entry.sizeBytes);
      visible.set(entry.path, entry.sizeBytes);
    }
  }
  let smallestTotal = 0;
  let cumulativeTotal = 0;
  let wastedBytes = 0;
  const wasted: WastedPath[] = [];
  for (const [path, history] of histories) {
    smallestTotal += history.smallest;
    cumulativeTotal += history.cumulative;
    if (history.occurrences < 2) continue;
    const waste = history.cumulative - history.visible;
    wastedBytes += waste;
    if (waste > 0) wasted.push({ path, occurrences: history.occurrences, wastedBytes: waste });
  }
  const userBytes = layers.slice(1).reduce((sum, layer) => sum + layer.sizeBytes, 0);
  return {
    efficiency: cumulativeTotal === 0 ? 1 : smallestTotal / cumulativeTotal,
    wastedBytes,
    userBytes,
    userWastedRatio: userBytes === 0 ? 0 : wastedBytes / userBytes,
    worst: wasted.sort((a, b) => b.wastedBytes - a.wastedBytes).slice(0, worstCount),
  };
}
