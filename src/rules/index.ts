/** The catalogue: every rule, in one list. `shipshape rules` and docs/rules/ are generated from it. */

import { composeReferences } from './compose/compose-references.js';
import { composeSchema } from './compose/compose-schema.js';
import { apkNoCache } from './dockerfile/apk-no-cache.js';
import { apkPinVersions } from './dockerfile/apk-pin-versions.js';
import { aptCleanLists } from './dockerfile/apt-clean-lists.js';
import { aptGetAssumeYes } from './dockerfile/apt-get-assume-yes.js';
import { aptNoInstallRecommends } from './dockerfile/apt-no-install-recommends.js';
import { aptPinVersions } from './dockerfile/apt-pin-versions.js';
import { fromAsCasing, instructionCasing } from './dockerfile/casing.js';
import { chmodWorldWritable } from './dockerfile/chmod-world-writable.js';
import { copyNotAdd } from './dockerfile/copy-not-add.js';
import { curlPipeShell } from './dockerfile/curl-pipe-shell.js';
import { execFormCmd } from './dockerfile/exec-form-cmd.js';
import { exposeProtocolCasing, exposeValidPort } from './dockerfile/expose.js';
import { imageTagExplicit } from './dockerfile/image-tag-explicit.js';
import { lastUserNotRoot } from './dockerfile/last-user-not-root.js';
import { legacyKeyValue } from './dockerfile/legacy-key-value.js';
import { noApt } from './dockerfile/no-apt.js';
import { noCdInRun } from './dockerfile/no-cd-in-run.js';
import { noEmptyContinuation } from './dockerfile/no-empty-continuation.js';
import { noLatestTag } from './dockerfile/no-latest-tag.js';
import { noMaintainer } from './dockerfile/no-maintainer.js';
import { noSudo } from './dockerfile/no-sudo.js';
import { npmOmitDev } from './dockerfile/npm-omit-dev.js';
import { npmPinVersions } from './dockerfile/npm-pin-versions.js';
import { pipNoCacheDir } from './dockerfile/pip-no-cache-dir.js';
import { pipPinVersions } from './dockerfile/pip-pin-versions.js';
import { pipefail } from './dockerfile/pipefail.js';
import { secretsInArgEnv } from './dockerfile/secrets-in-arg-env.js';
import { singleCmd, singleEntrypoint, singleHealthcheck } from './dockerfile/single-instruction.js';
import {
  copyFromKnownStage,
  reservedStageName,
  stageNameCasing,
  uniqueStageNames,
} from './dockerfile/stage-names.js';
import { trustedRegistries } from './dockerfile/trusted-registries.js';
import { workdirAbsolute } from './dockerfile/workdir-absolute.js';
import type { Rule } from './rule.js';

export const RULES: Rule[] = [
  // Dockerfile: base images and stages
  imageTagExplicit,
  noLatestTag,
  trustedRegistries,
  uniqueStageNames,
  reservedStageName,
  stageNameCasing,
  copyFromKnownStage,
  fromAsCasing,
  // Dockerfile: instructions
  instructionCasing,
  workdirAbsolute,
  lastUserNotRoot,
  copyNotAdd,
  execFormCmd,
  singleCmd,
  singleEntrypoint,
  singleHealthcheck,
  noMaintainer,
  legacyKeyValue,
  exposeValidPort,
  exposeProtocolCasing,
  noEmptyContinuation,
  secretsInArgEnv,
  // Dockerfile: shell commands in RUN
  aptGetAssumeYes,
  aptNoInstallRecommends,
  aptPinVersions,
  aptCleanLists,
  noApt,
  pipNoCacheDir,
  pipPinVersions,
  apkNoCache,
  apkPinVersions,
  npmPinVersions,
  npmOmitDev,
  noSudo,
  noCdInRun,
  pipefail,
  curlPipeShell,
  chmodWorldWritable,
  // Compose
  composeSchema,
  composeReferences,
];

export function findRule(idOrAlias: string): Rule | undefined {
  return RULES.find((rule) => rule.id === idOrAlias || rule.aliases.includes(idOrAlias));
}
