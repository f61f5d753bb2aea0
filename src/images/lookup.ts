/** Questions about one `image:tag`, answered from the image table. */

import { chooseTag, lineOfVersion, parsedImage } from './choose-tag.js';
import { type ImageTable, imageFacts, imageTable, type VersionLine } from './table.js';
import { compareVersions, type Family, familyDistros, knownDistros, parseTag, type TagParts } from './tag.js';

export function tagExists(image: string, tag: string, table: ImageTable = imageTable): boolean | undefined {
  const facts = imageFacts(image, table);
  if (!facts) return undefined;
  if (facts.tags.includes(tag)) return true;
  // Without an exhaustive list, absence proves nothing.
  return facts.exhaustive ? false : undefined;
}

export function isMaintained(
  image: string,
  tag: string,
  table: ImageTable = imageTable,
): boolean | undefined {
  const facts = imageFacts(image, table);
  if (!facts) return undefined;
  return facts.maintained.includes(tag) || (facts.exhaustive ? false : undefined);
}

/** The parts of a tag, with the distributions the table knows. */
export function tagParts(tag: string, table: ImageTable = imageTable): TagParts {
  return parseTag(tag, knownDistros(table));
}

export function familyOf(distro: string | undefined, table: ImageTable = imageTable): Family | undefined {
  if (!distro) return undefined;
  const families = familyDistros(table);
  return (Object.keys(families) as Family[]).find((family) => families[family].includes(distro));
}

/** Debian and Ubuntu releases are lines of the `debian` and `ubuntu` images, found by codename. */
export function distroLine(
  distro: string | undefined,
  table: ImageTable = imageTable,
): VersionLine | undefined {
  if (!distro) return undefined;
  for (const image of ['debian', 'ubuntu']) {
    const line = table.images[image]?.lines.find((entry) => entry.codename?.split(' ')[0] === distro);
    if (line) return line;
  }
  const alpine = /^alpine(\d+\.\d+)$/.exec(distro)?.[1];
  return alpine ? table.images.alpine?.lines.find((entry) => entry.line === alpine) : undefined;
}

/**
 * The version line a tag belongs to and its end of life. For distribution images (`debian:bookworm`) the
 * codename names the line; for distroless the image name does.
 */
export function endOfLife(
  image: string,
  tag: string,
  table: ImageTable = imageTable,
): VersionLine | undefined {
  const facts = imageFacts(image, table);
  if (!facts) return undefined;
  const parts = tagParts(tag, table);
  if (parts.version.length) return lineOfVersion(facts, parts.version);
  if (facts.lines.length === 1) return facts.lines[0];
  const codename = tag.split('-')[0];
  return facts.lines.find((line) => line.codename?.split(' ')[0] === codename);
}

/**
 * The newest maintained tag shaped like this one (same flavour, same distribution if it is still
 * maintained, else the newest of its family): what a finding suggests instead.
 */
export function maintainedReplacement(
  image: string,
  tag: string,
  today: string,
  table: ImageTable = imageTable,
): string | undefined {
  const parts = tagParts(tag, table);
  const family = familyOf(parts.distro, table);
  const options = { flavour: parts.flavour, today, ...(family ? { families: [family] } : {}) };
  for (const distro of parts.distro ? [parts.distro, undefined] : [undefined]) {
    const chosen = chooseTag(image, { ...options, ...(distro ? { distro } : {}) }, table);
    if (chosen.ok && chosen.maintained && (!distro || chosen.tag.includes(distro))) return chosen.reference;
  }
  return undefined;
}

/**
 * The release a tag stands for today: its own version, or for a tag without one (`latest`, `alpine`,
 * `trixie`) the newest maintained release of the image. Undefined for an image the table does not know.
 */
export function versionOfTag(
  image: string,
  tag: string,
  table: ImageTable = imageTable,
): number[] | undefined {
  const facts = imageFacts(image, table);
  if (!facts) return undefined;
  const parts = tagParts(tag, table);
  if (parts.version.length) return parts.version;
  const versions = parsedImage(facts, knownDistros(table))
    .maintained.filter((other) => other.version.length && !other.prerelease)
    .map((other) => other.version);
  return versions.sort(compareVersions).at(-1);
}
