/** The catalogue: every rule, in one list. `shipshape rules` and docs/rules/ are generated from it. */

import { composeImageContract } from './compose/compose-image-contract.js';
import { composeNoVersion } from './compose/compose-no-version.js';
import { composeReferences } from './compose/compose-references.js';
import { composeSchema } from './compose/compose-schema.js';
import { composeHealthyDependency, composeUndefinedReference } from './compose/dependencies.js';
import { composeImagePinned } from './compose/image-pinned.js';
import { composeDatastorePortExposed, composeDuplicateHostPorts } from './compose/networking.js';
import {
  composeContainerNameReplicas,
  composeHardening,
  composeLogRotation,
  composeProductionLimits,
  composeRestartPolicy,
} from './compose/production.js';
import {
  composeDangerousCapabilities,
  composeNoDockerSocket,
  composeNoHostNamespaces,
  composeNoPrivileged,
  composePlaintextSecrets,
} from './compose/security.js';
import { stackUnsupportedKeys, stackVersion } from './compose/stack.js';
import { addForArchives } from './dockerfile/add-for-archives.js';
import { addUrlChecksum } from './dockerfile/add-url-checksum.js';
import { apkNoCache } from './dockerfile/apk-no-cache.js';
import { apkPinVersions } from './dockerfile/apk-pin-versions.js';
import { aptCleanLists } from './dockerfile/apt-clean-lists.js';
import { aptGetAssumeYes } from './dockerfile/apt-get-assume-yes.js';
import { aptNoInstallRecommends } from './dockerfile/apt-no-install-recommends.js';
import { aptPinVersions } from './dockerfile/apt-pin-versions.js';
import { baseImageEol } from './dockerfile/base-image-eol.js';
import { baseImageUnmaintained } from './dockerfile/base-image-unmaintained.js';
import { buildToolsInFinal } from './dockerfile/build-tools-in-final.js';
import { fromAsCasing, instructionCasing } from './dockerfile/casing.js';
import { chmodWorldWritable } from './dockerfile/chmod-world-writable.js';
import { chownAfterCopy } from './dockerfile/chown-after-copy.js';
import { consecutiveRun } from './dockerfile/consecutive-run.js';
import { contextSecrets } from './dockerfile/context-secrets.js';
import { copyDestinationSlash, copyRelativeWithoutWorkdir } from './dockerfile/copy-checks.js';
import { copyEntireFilesystem } from './dockerfile/copy-entire-filesystem.js';
import { copyIgnoredFile } from './dockerfile/copy-ignored-file.js';
import { copyNotAdd } from './dockerfile/copy-not-add.js';
import { curlPipeShell } from './dockerfile/curl-pipe-shell.js';
import { dependenciesBeforeSource } from './dockerfile/dependencies-before-source.js';
import { envSelfReference } from './dockerfile/env-self-reference.js';
import { execFormCmd } from './dockerfile/exec-form-cmd.js';
import { exposeProtocolCasing, exposeValidPort } from './dockerfile/expose.js';
import { finalUserMissing } from './dockerfile/final-user-missing.js';
import { fromPlatformFlag, redundantTargetPlatform, undefinedArgInFrom } from './dockerfile/from-platform.js';
import { healthcheckMissing } from './dockerfile/healthcheck-missing.js';
import { imageTagExplicit } from './dockerfile/image-tag-explicit.js';
import { inlineComment } from './dockerfile/inline-comment.js';
import { labelKeyValid } from './dockerfile/label-key-valid.js';
import { labelEmpty, labelMissing, labelSuperfluous, labelTypeRules } from './dockerfile/label-schema.js';
import { lastUserNotRoot } from './dockerfile/last-user-not-root.js';
import { legacyKeyValue } from './dockerfile/legacy-key-value.js';
import { multiStageForCompiled } from './dockerfile/multi-stage-for-compiled.js';
import { noApt } from './dockerfile/no-apt.js';
import { noCdInRun } from './dockerfile/no-cd-in-run.js';
import { noEmptyContinuation } from './dockerfile/no-empty-continuation.js';
import { noInteractiveCommands } from './dockerfile/no-interactive-commands.js';
import { noLatestTag } from './dockerfile/no-latest-tag.js';
import { noMaintainer } from './dockerfile/no-maintainer.js';
import { noSudo } from './dockerfile/no-sudo.js';
import { npmOmitDev } from './dockerfile/npm-omit-dev.js';
import { npmPinVersions } from './dockerfile/npm-pin-versions.js';
import { numericUser } from './dockerfile/numeric-user.js';
import { onbuildTrigger } from './dockerfile/onbuild-trigger.js';
import { pid1PackageManager } from './dockerfile/pid1-package-manager.js';
import { pipNoCacheDir } from './dockerfile/pip-no-cache-dir.js';
import { pipPinVersions } from './dockerfile/pip-pin-versions.js';
import { pipefail } from './dockerfile/pipefail.js';
import { rpmPackageManagerRules, zypperNoDistUpgrade } from './dockerfile/rpm-package-managers.js';
import { secretsInArgEnv } from './dockerfile/secrets-in-arg-env.js';
import { singleCmd, singleEntrypoint, singleHealthcheck } from './dockerfile/single-instruction.js';
import {
  copyFromKnownStage,
  reservedStageName,
  stageNameCasing,
  uniqueStageNames,
} from './dockerfile/stage-names.js';
import { trustedRegistries } from './dockerfile/trusted-registries.js';
import { undefinedVar } from './dockerfile/undefined-var.js';
import { useShellInstruction } from './dockerfile/use-shell-instruction.js';
import { useraddLargeUid } from './dockerfile/useradd-large-uid.js';
import { gemPinVersions, goInstallPin } from './dockerfile/version-pins.js';
import { wgetOrCurl, wgetProgress } from './dockerfile/wget.js';
import { workdirAbsolute } from './dockerfile/workdir-absolute.js';
import { yarnCacheClean } from './dockerfile/yarn-cache-clean.js';
import { dockerignoreRootOnlyPattern } from './dockerignore/root-only-pattern.js';
import { dockerignoreSensitiveFiles } from './dockerignore/sensitive-files.js';
import type { Rule } from './rule.js';

export const RULES: Rule[] = [
  // Dockerfile: base images and stages
  imageTagExplicit,
  noLatestTag,
  baseImageEol,
  baseImageUnmaintained,
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
  finalUserMissing,
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
  fromPlatformFlag,
  redundantTargetPlatform,
  undefinedArgInFrom,
  labelKeyValid,
  labelMissing,
  labelSuperfluous,
  labelEmpty,
  ...labelTypeRules,
  undefinedVar,
  addForArchives,
  onbuildTrigger,
  inlineComment,
  envSelfReference,
  copyDestinationSlash,
  copyRelativeWithoutWorkdir,
  addUrlChecksum,
  // Dockerfile: production practice
  pid1PackageManager,
  numericUser,
  chownAfterCopy,
  dependenciesBeforeSource,
  healthcheckMissing,
  multiStageForCompiled,
  buildToolsInFinal,
  contextSecrets,
  copyIgnoredFile,
  copyEntireFilesystem,
  consecutiveRun,
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
  wgetProgress,
  wgetOrCurl,
  noInteractiveCommands,
  useraddLargeUid,
  useShellInstruction,
  yarnCacheClean,
  gemPinVersions,
  goInstallPin,
  ...rpmPackageManagerRules,
  zypperNoDistUpgrade,
  // Compose
  composeSchema,
  composeReferences,
  composeNoVersion,
  composeImagePinned,
  composeImageContract,
  composeNoPrivileged,
  composeNoDockerSocket,
  composeNoHostNamespaces,
  composeDangerousCapabilities,
  composePlaintextSecrets,
  composeDatastorePortExposed,
  composeDuplicateHostPorts,
  composeHealthyDependency,
  composeUndefinedReference,
  composeContainerNameReplicas,
  composeProductionLimits,
  composeRestartPolicy,
  composeLogRotation,
  composeHardening,
  stackVersion,
  stackUnsupportedKeys,
  // .dockerignore
  dockerignoreSensitiveFiles,
  dockerignoreRootOnlyPattern,
];

export function findRule(idOrAlias: string): Rule | undefined {
  return RULES.find((rule) => rule.id === idOrAlias || rule.aliases.includes(idOrAlias));
}
