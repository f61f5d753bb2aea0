import type { Range } from '../../core/source.js';
import { type ImageStatus, imageStatus } from '../../images/index.js';
import type { DockerfileModel } from '../../parse/dockerfile.js';
import { imageReference, isStageReference } from './helpers.js';

/**
 * What the image table knows of each stage's base image (stages and unresolved `$VAR` bases skipped), with
 * the range of the image word: base-image-eol and base-image-unmaintained each read one part of it.
 */
export function* baseImageStatuses(
  model: DockerfileModel,
  today: string | undefined,
): Generator<{ image: string; status: ImageStatus; range: Range }> {
  const day = today ?? new Date().toISOString().slice(0, 10);
  for (const stage of model.stages) {
    const image = stage.baseImageExpanded;
    if (!image || image.includes('$') || isStageReference(model, image)) continue;
    const { name, tag } = imageReference(image);
    const status = imageStatus({ name, tag: tag ?? 'latest' }, day);
    const word = stage.from.args[0];
    if (status && word) yield { image, status, range: word.range };
  }
}
