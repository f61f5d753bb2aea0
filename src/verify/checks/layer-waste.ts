import { formatBytes } from '../../core/bytes.js';
import { type CheckResult, fail, pass } from '../check.js';
import type { LayerWaste } from '../layer-waste.js';

/** dive's CI thresholds, with dive's defaults: efficiency at least 90%, user waste at most 10%. */
export interface WasteThresholds {
  lowestEfficiency: number;
  highestUserWastedRatio: number;
  highestWastedBytes?: number;
}

export const NEGLIGIBLE_WASTE = 1_000_000;

export const DEFAULT_WASTE_THRESHOLDS: WasteThresholds = {
  lowestEfficiency: 0.9,
  highestUserWastedRatio: 0.1,
};

export function layerWasteCheck(waste: LayerWaste, thresholds: WasteThresholds): CheckResult {
  const percent = (ratio: number) => `${(ratio * 100).toFixed(1)}%`;
  const summary = `efficiency ${percent(waste.efficiency)}, ${formatBytes(waste.wastedBytes)} wasted (${percent(waste.userWastedRatio)} of the ${formatBytes(waste.userBytes)} above the base layer)`;
  const broken: string[] = [];
  // Ratios of a few hundred bytes are noise (a config file rewritten on a 1 kB layer): below
  // NEGLIGIBLE_WASTE the image passes whatever the ratios say.
  if (waste.wastedBytes < NEGLIGIBLE_WASTE) return pass('layer-waste', summary);
  if (waste.efficiency < thresholds.lowestEfficiency)
    broken.push(`efficiency below ${percent(thresholds.lowestEfficiency)}`);
  if (waste.userWastedRatio > thresholds.highestUserWastedRatio)
    broken.push(`waste above ${percent(thresholds.highestUserWastedRatio)}`);
  if (thresholds.highestWastedBytes !== undefined && waste.wastedBytes > thresholds.highestWastedBytes)
    broken.push(`waste above ${formatBytes(thresholds.highestWastedBytes)}`);
  if (!broken.length) return pass('layer-waste', summary);
  const worst = waste.worst
    .slice(0, 3)
    .map((path) => `/${path.path} ${formatBytes(path.wastedBytes)} in ${path.occurrences} layers`)
    .join(', ');
  return fail(
    'layer-waste',
    `${summary}: ${broken.join(', ')}; worst: ${worst}; delete files in the step that creates them`,
  );
}
