/**
 * The init use case: detect the repository, read the few file facts the image plans need, and return
 * every file init can write, each knowing its --target. The CLI chooses targets and writes; nothing
 * here touches the disk beyond reading through the file system it is given.
 */

import { join } from 'node:path';
import type { DetectResult } from '../core/app-plan.js';
import { appFacts } from '../detect/app-facts.js';
import { detectRepository } from '../detect/index.js';
import type { FileSystem } from '../io/file-system.js';
import { fileView } from '../stacks/shared/file-view.js';
import type { ImageChoices } from '../stacks/stack.js';
import { type GeneratedFile, initFiles } from './init-files.js';

export { BASE_FAMILIES, type BaseFamily, type ImageChoices } from '../stacks/stack.js';
export { type GeneratedFile, proxyUnavailable, TARGETS, type Target } from './init-files.js';

export interface InitPlan {
  result: DetectResult;
  files: GeneratedFile[];
}

/** `toolVersion` is shipshape's own, for generated files that run shipshape again (the CI lint step). */
export function planInit(
  fs: FileSystem,
  dir: string,
  toolVersion: string,
  choices: ImageChoices = { base: 'debian' },
): InitPlan {
  const result = detectRepository(fileView(fs, dir));
  const files = initFiles(result, (appPath) => appFacts(fs, join(dir, appPath)), toolVersion, choices);
  return { result, files };
}
