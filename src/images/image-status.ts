/**
 * What the table says about one `image:tag` a file names: whether its version line or its distribution is
 * past its end of life, whether the publisher still rebuilds it, and the maintained tag of the same shape.
 * The lint rules report from this; the rules stay thin and the facts stay in one place.
 */

import { lineOfVersion, parsedImage } from './choose-tag.js';
import { distroLine, endOfLife, familyOf, maintainedReplacement, tagParts } from './lookup.js';
import {
  canonicalImageName,
  type ImageFacts,
  type ImageTable,
  imageFacts,
  imageTable,
  type VersionLine,
} from './table.js';
import { isVersionPrefix, knownDistros, type TagParts } from './tag.js';

export interface EndedLine {
  /** `node 20`, `Debian 12 (bookworm)`. */
  what: string;
  line: VersionLine;
  eol: string;
}

export interface ImageStatus {
  image: string;
  tag: string;
  /** The runtime's line, or the distribution's, when either is past its end (the earlier one first). */
  ended: EndedLine | undefined;
  /** The tag is known, no longer rebuilt, and no maintained tag carries on its line in the same shape. */
  retired: boolean;
  /** The newest maintained tag of the same flavour and distribution family. */
  replacement: string | undefined;
}

const tagSetCache = new WeakMap<ImageFacts, { tags: Set<string>; maintained: Set<string> }>();

function tagSets(facts: ImageFacts): { tags: Set<string>; maintained: Set<string> } {
  let sets = tagSetCache.get(facts);
  if (!sets) {
    sets = { tags: new Set(facts.tags), maintained: new Set(facts.maintained) };
    tagSetCache.set(facts, sets);
  }
  return sets;
}

/** A maintained tag of the same shape (distribution, flavour) on the same version line. */
function lineAlive(facts: ImageFacts, tag: string, table: ImageTable): boolean {
  const parts = tagParts(tag, table);
  const line = lineOfVersion(facts, parts.version);
  const prefix = line
    ? line.line.split('.').map(Number)
    : parts.version.slice(0, Math.max(1, parts.version.length - 1));
  const shape = (other: TagParts) => `${other.distro ?? ''}|${other.flavour.join('-')}`;
  return parsedImage(facts, knownDistros(table)).maintained.some(
    (other) =>
      shape(other) === shape(parts) && (!parts.version.length || isVersionPrefix(prefix, other.version)),
  );
}

// A tree of Dockerfiles names the same few bases again and again.
const statusCache = new WeakMap<ImageTable, Map<string, ImageStatus | undefined>>();

export function imageStatus(
  reference: { name: string; tag: string },
  today: string,
  table: ImageTable = imageTable,
): ImageStatus | undefined {
  let cache = statusCache.get(table);
  if (!cache) {
    cache = new Map();
    statusCache.set(table, cache);
  }
  const key = `${reference.name}:${reference.tag}@${today}`;
  if (cache.has(key)) return cache.get(key);
  const status = computeStatus(reference, today, table);
  cache.set(key, status);
  return status;
}

function computeStatus(
  reference: { name: string; tag: string },
  today: string,
  table: ImageTable,
): ImageStatus | undefined {
  const image = canonicalImageName(reference.name);
  const facts = imageFacts(image, table);
  if (!facts) return undefined;
  const { tag } = reference;
  const ended: EndedLine[] = [];
  const line = endOfLife(image, tag, table);
  if (line?.eol && line.eol < today) ended.push({ what: lineName(image, line), line, eol: line.eol });
  const distro = tagParts(tag, table).distro;
  const release = distroLine(distro, table);
  if (release?.eol && release.eol < today && release !== line)
    ended.push({
      what: `${distroName(distro as string, table)} ${release.line} (${distro})`,
      line: release,
      eol: release.eol,
    });
  ended.sort((a, b) => a.eol.localeCompare(b.eol));
  const { tags, maintained } = tagSets(facts);
  const retired = facts.exhaustive && tags.has(tag) && !maintained.has(tag) && !lineAlive(facts, tag, table);
  // Only a finding needs a replacement, and choosing one parses every tag of the image.
  const replacement = ended.length || retired ? maintainedReplacement(image, tag, today, table) : undefined;
  return { image, tag, ended: ended[0], retired, replacement };
}

/** Distroless and Debian images are dated by their Debian release, which reads better by name. */
function lineName(image: string, line: VersionLine): string {
  const debian = image === 'debian' || image.startsWith('gcr.io/distroless/');
  return debian && line.codename ? `Debian ${line.line} (${line.codename})` : `${image} ${line.line}`;
}

const FAMILY_NAMES = { debian: 'Debian', ubuntu: 'Ubuntu', alpine: 'Alpine' } as const;

function distroName(distro: string, table: ImageTable): string {
  const family = familyOf(distro, table);
  return family ? FAMILY_NAMES[family] : distro;
}
