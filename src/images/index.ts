export { type ChooseTagOptions, type ChosenTag, chooseTag, lineOfVersion, type NoTag } from './choose-tag.js';
export { type EndedLine, type ImageStatus, imageStatus } from './image-status.js';
export {
  distroLine,
  endOfLife,
  familyOf,
  isMaintained,
  maintainedReplacement,
  tagExists,
  tagParts,
  versionOfTag,
} from './lookup.js';
export { SERVICE_IMAGE_POLICY, type ServiceImageKind, serviceImage } from './service-images.js';
export {
  canonicalImageName,
  type ImageFacts,
  type ImageTable,
  imageFacts,
  imageTable,
  type VersionLine,
} from './table.js';
export { compareVersions, type Family, familyDistros, parseTag, type TagParts } from './tag.js';
export { parseConstraint, satisfies, type VersionConstraint } from './version-constraint.js';
