/** The catalogue: every rule, in one list. `shipshape rules` and docs/rules/ are generated from it. */

import { composeContainerNameReplicas } from './compose/compose-container-name-replicas.js';
import { composeDangerousCapabilities } from './compose/compose-dangerous-capabilities.js';
import { composeDatastorePortExposed } from './compose/compose-datastore-port-exposed.js';
import { composeDuplicateHostPorts } from './compose/compose-duplicate-host-ports.js';
import { composeHardening } from './compose/compose-hardening.js';
import { composeHealthyDependency } from './compose/compose-healthy-dependency.js';
import { composeImageContract } from './compose/compose-image-contract.js';
import { composeImagePinned } from './compose/compose-image-pinned.js';
import { composeLogRotation } from './compose/compose-log-rotation.js';
import { composeNoDockerSocket } from './compose/compose-no-docker-socket.js';
import { composeNoHostNamespaces } from './compose/compose-no-host-namespaces.js';
import { composeNoPrivileged } from './compose/compose-no-privileged.js';
import { composeNoVersion } from './compose/compose-no-version.js';
import { composePlaintextSecrets } from './compose/compose-plaintext-secrets.js';
import { composeProductionLimits } from './compose/compose-production-limits.js';
import { composeReferences } from './compose/compose-references.js';
import { composeRestartPolicy } from './compose/compose-restart-policy.js';
import { composeSchema } from './compose/compose-schema.js';
import { composeUndefinedReference } from './compose/compose-undefined-reference.js';
import { stackUnsupportedKeys } from './compose/stack-unsupported-keys.js';
import { stackVersion } from './compose/stack-version.js';
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
import { chmodWorldWritable } from './dockerfile/chmod-world-writable.js';
import { chownAfterCopy } from './dockerfile/chown-after-copy.js';
import { consecutiveRun } from './dockerfile/consecutive-run.js';
import { contextSecrets } from './dockerfile/context-secrets.js';
import { copyDestinationSlash } from './dockerfile/copy-destination-slash.js';
import { copyEntireFilesystem } from './dockerfile/copy-entire-filesystem.js';
import { copyFromKnownStage } from './dockerfile/copy-from-known-stage.js';
import { copyIgnoredFile } from './dockerfile/copy-ignored-file.js';
import { copyNotAdd } from './dockerfile/copy-not-add.js';
import { copyRelativeWithoutWorkdir } from './dockerfile/copy-relative-without-workdir.js';
import { curlPipeShell } from './dockerfile/curl-pipe-shell.js';
import { dependenciesBeforeSource } from './dockerfile/dependencies-before-source.js';
import { dnfAssumeYes } from './dockerfile/dnf-assume-yes.js';
import { dnfClean } from './dockerfile/dnf-clean.js';
import { dnfPinVersions } from './dockerfile/dnf-pin-versions.js';
import { envSelfReference } from './dockerfile/env-self-reference.js';
import { execFormCmd } from './dockerfile/exec-form-cmd.js';
import { exposeProtocolCasing } from './dockerfile/expose-protocol-casing.js';
import { exposeValidPort } from './dockerfile/expose-valid-port.js';
import { finalUserMissing } from './dockerfile/final-user-missing.js';
import { fromAsCasing } from './dockerfile/from-as-casing.js';
import { fromPlatformFlag } from './dockerfile/from-platform-flag.js';
import { gemPinVersions } from './dockerfile/gem-pin-versions.js';
import { goInstallPin } from './dockerfile/go-install-pin.js';
import { healthcheckMissing } from './dockerfile/healthcheck-missing.js';
import { imageTagExplicit } from './dockerfile/image-tag-explicit.js';
import { inlineComment } from './dockerfile/inline-comment.js';
import { instructionCasing } from './dockerfile/instruction-casing.js';
import { instructionOrder } from './dockerfile/instruction-order.js';
import { labelEmail } from './dockerfile/label-email.js';
import { labelEmpty } from './dockerfile/label-empty.js';
import { labelGitHash } from './dockerfile/label-git-hash.js';
import { labelKeyValid } from './dockerfile/label-key-valid.js';
import { labelMissing } from './dockerfile/label-missing.js';
import { labelRfc3339 } from './dockerfile/label-rfc3339.js';
import { labelSemver } from './dockerfile/label-semver.js';
import { labelSpdx } from './dockerfile/label-spdx.js';
import { labelSuperfluous } from './dockerfile/label-superfluous.js';
import { labelUrl } from './dockerfile/label-url.js';
import { lastUserNotRoot } from './dockerfile/last-user-not-root.js';
import { legacyKeyValue } from './dockerfile/legacy-key-value.js';
import { multiStageForCompiled } from './dockerfile/multi-stage-for-compiled.js';
import { noApt } from './dockerfile/no-apt.js';
import { noCdInRun } from './dockerfile/no-cd-in-run.js';
import { noEmptyContinuation } from './dockerfile/no-empty-continuation.js';
import { noInlineIgnore } from './dockerfile/no-inline-ignore.js';
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
import { redundantTargetPlatform } from './dockerfile/redundant-target-platform.js';
import { reservedStageName } from './dockerfile/reserved-stage-name.js';
import { secretsInArgEnv } from './dockerfile/secrets-in-arg-env.js';
import { shellSyntax } from './dockerfile/shell-syntax.js';
import { singleCmd } from './dockerfile/single-cmd.js';
import { singleEntrypoint } from './dockerfile/single-entrypoint.js';
import { singleHealthcheck } from './dockerfile/single-healthcheck.js';
import { stageNameCasing } from './dockerfile/stage-name-casing.js';
import { trustedRegistries } from './dockerfile/trusted-registries.js';
import { undefinedArgInFrom } from './dockerfile/undefined-arg-in-from.js';
import { undefinedVar } from './dockerfile/undefined-var.js';
import { uniqueStageNames } from './dockerfile/unique-stage-names.js';
import { useShellInstruction } from './dockerfile/use-shell-instruction.js';
import { useraddLargeUid } from './dockerfile/useradd-large-uid.js';
import { wgetOrCurl } from './dockerfile/wget-or-curl.js';
import { wgetProgress } from './dockerfile/wget-progress.js';
import { workdirAbsolute } from './dockerfile/workdir-absolute.js';
import { yarnCacheClean } from './dockerfile/yarn-cache-clean.js';
import { yumAssumeYes } from './dockerfile/yum-assume-yes.js';
import { yumClean } from './dockerfile/yum-clean.js';
import { yumPinVersions } from './dockerfile/yum-pin-versions.js';
import { zypperClean } from './dockerfile/zypper-clean.js';
import { zypperNoDistUpgrade } from './dockerfile/zypper-no-dist-upgrade.js';
import { zypperNonInteractive } from './dockerfile/zypper-non-interactive.js';
import { zypperPinVersions } from './dockerfile/zypper-pin-versions.js';
import { dockerignoreRootOnlyPattern } from './dockerignore/dockerignore-root-only-pattern.js';
import { dockerignoreSensitiveFiles } from './dockerignore/dockerignore-sensitive-files.js';
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
  instructionOrder,
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
  labelUrl,
  labelRfc3339,
  labelSpdx,
  labelGitHash,
  labelSemver,
  labelEmail,
  undefinedVar,
  addForArchives,
  onbuildTrigger,
  inlineComment,
  envSelfReference,
  copyDestinationSlash,
  copyRelativeWithoutWorkdir,
  addUrlChecksum,
  noInlineIgnore,
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
  shellSyntax,
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
  yumAssumeYes,
  yumPinVersions,
  yumClean,
  dnfAssumeYes,
  dnfPinVersions,
  dnfClean,
  zypperNonInteractive,
  zypperPinVersions,
  zypperClean,
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
