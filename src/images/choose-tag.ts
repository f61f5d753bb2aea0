/**
 * Which tag to write: the newest maintained line that satisfies the app's constraint, on the preferred
 * distribution; for an old pin, the nearest tag that exists, with a warning naming its end of life.
 * Only tags in the table are ever returned.
 */

import { type ImageFacts, type ImageTable, imageFacts, imageTable, type VersionLine } from './table.js';
import {
  compareVersions,
  type Family,
  familyDistros,
  isVersionPrefix,
  knownDistros,
  parseTag,
  type TagParts,
} from './tag.js';
import { parseConstraint, satisfies } from './version-constraint.js';

export interface ChooseTagOptions {
  /** The app's declared version or range (`^20.10`, `>=3.9,<3.13`, `16.18.0`); none means the newest. */
  constraint?: string | undefined;
  /** Words besides version and distribution the tag must carry, exactly: `['slim']`, `['jre']`, `[]`. */
  flavour?: string[];
  /** Distribution families in order of preference; none means tags that name no distribution. */
  families?: Family[];
  /** The distribution to prefer within the families (default: the newest released one). */
  distro?: string;
  /** ISO date the end-of-life warning compares against. */
  today: string;
}

export interface ChosenTag {
  ok: true;
  image: string;
  tag: string;
  /** `image:tag`. */
  reference: string;
  /** The newest release the tag stands for. */
  version: string;
  line: VersionLine | undefined;
  maintained: boolean;
  warnings: string[];
}

export interface NoTag {
  ok: false;
  reason: string;
}

interface Candidate {
  parts: TagParts;
  maintained: boolean;
  /** The newest full version published under this tag's version prefix. */
  stands: number[];
  distroRank: number;
  /** How far the tag's precision is from its line's: the line's own tag (`node:24`) scores 0. */
  precisionGap: number;
}

/** The line a version belongs to: the longest line name that is a prefix of it. */
export function lineOfVersion(facts: ImageFacts, version: readonly number[]): VersionLine | undefined {
  let best: VersionLine | undefined;
  for (const line of facts.lines) {
    if (!/^\d+(\.\d+)*$/.test(line.line)) continue;
    const prefix = line.line.split('.').map(Number);
    if (isVersionPrefix(prefix, version) && (!best || prefix.length > best.line.split('.').length))
      best = line;
  }
  return best;
}

const precision = (line: VersionLine | undefined) => (line ? line.line.split('.').length : 1);

export interface ParsedImage {
  /** The versioned tags, parsed. */
  tags: TagParts[];
  /** The maintained ones, versioned or not. */
  maintained: TagParts[];
  /** For every version prefix, the newest release published under it: among all tags, and maintained ones. */
  newestEver: Map<string, number[]>;
  newestMaintained: Map<string, number[]>;
}

// Parsing an image's tags costs a few milliseconds (php has 15 000); init and lint ask many times.
const parsedImages = new WeakMap<ImageFacts, ParsedImage>();

export function parsedImage(facts: ImageFacts, distros: ReadonlySet<string>): ParsedImage {
  const cached = parsedImages.get(facts);
  if (cached) return cached;
  const maintained = new Set(facts.maintained);
  const tags = facts.tags.map((tag) => parseTag(tag, distros)).filter((parts) => parts.version.length > 0);
  const newestEver = new Map<string, number[]>();
  const newestMaintained = new Map<string, number[]>();
  const record = (map: Map<string, number[]>, version: number[]) => {
    for (let length = 1; length <= version.length; length++) {
      const key = version.slice(0, length).join('.');
      const current = map.get(key);
      const order = current ? compareVersions(version, current) : 1;
      if (order > 0 || (order === 0 && version.length > (current as number[]).length)) map.set(key, version);
    }
  };
  for (const parts of tags) {
    if (parts.prerelease) continue;
    record(newestEver, parts.version);
    if (maintained.has(parts.tag)) record(newestMaintained, parts.version);
  }
  const parsed = {
    tags,
    maintained: facts.maintained.map((tag) => parseTag(tag, distros)),
    newestEver,
    newestMaintained,
  };
  parsedImages.set(facts, parsed);
  return parsed;
}

export function chooseTag(
  image: string,
  options: ChooseTagOptions,
  table: ImageTable = imageTable,
): ChosenTag | NoTag {
  const facts = imageFacts(image, table);
  if (!facts) return { ok: false, reason: `${image} is not in the image table` };
  const constraint = options.constraint ? parseConstraint(options.constraint) : undefined;
  const families = familyDistros(table);
  const preferred = (options.families ?? []).flatMap((family) => families[family]);
  if (options.distro && preferred.includes(options.distro)) {
    preferred.splice(preferred.indexOf(options.distro), 1);
    preferred.unshift(options.distro);
  }
  const wanted = [...(options.flavour ?? [])].sort().join('-');
  const maintained = new Set(facts.maintained);

  const parsed = parsedImage(facts, knownDistros(table));

  const candidates: Candidate[] = [];
  for (const parts of parsed.tags) {
    if (parts.prerelease || parts.flavour.join('-') !== wanted) continue;
    const distroRank =
      parts.distro === undefined ? (preferred.length ? -1 : 0) : preferred.indexOf(parts.distro);
    if (distroRank < 0) continue;
    const isMaintained = maintained.has(parts.tag);
    const key = parts.version.join('.');
    const stands = (isMaintained ? parsed.newestMaintained : parsed.newestEver).get(key) ?? parts.version;
    if (constraint && !satisfies(stands, constraint)) continue;
    candidates.push({ parts, maintained: isMaintained, stands, distroRank, precisionGap: -1 });
  }
  if (!candidates.length) {
    const where = preferred.length ? ` on ${options.families?.join(' or ')}` : '';
    const flavour = wanted ? ` with flavour ${wanted}` : '';
    return {
      ok: false,
      reason: `no tag of ${image}${flavour}${where} satisfies ${options.constraint ?? 'any version'}`,
    };
  }

  // Worked out once per candidate, not in the comparator: lint asks for a replacement per finding, and a
  // comparator calling lineOfVersion cost 8 ms a call on node's tags.
  const lines = new Map<string, VersionLine | undefined>();
  for (const candidate of candidates) {
    const key = candidate.stands.join('.');
    if (!lines.has(key)) lines.set(key, lineOfVersion(facts, candidate.stands));
    candidate.precisionGap = Math.abs(candidate.parts.version.length - precision(lines.get(key)));
  }
  candidates.sort(
    (a, b) =>
      Number(b.maintained) - Number(a.maintained) ||
      compareVersions(b.stands, a.stands) ||
      a.distroRank - b.distroRank ||
      // The line's own tag (`node:24`, `python:3.13`) follows patch releases; deeper pins do not.
      a.precisionGap - b.precisionGap ||
      a.parts.tag.length - b.parts.tag.length,
  );
  const best = candidates[0] as Candidate;
  const line = lineOfVersion(facts, best.stands);
  const warnings: string[] = [];
  const reference = `${image}:${best.parts.tag}`;
  if (line?.eol && line.eol < options.today)
    warnings.push(
      `${reference}: ${image} ${line.line} reached its end of life on ${line.eol} (${line.source})`,
    );
  if (!best.maintained)
    warnings.push(`${reference} is no longer rebuilt: it gets no security updates (${facts.tagsFrom})`);
  // Only worth saying when the image does publish the preferred distribution, for other versions.
  const publishesPreferred = parsed.maintained.some((parts) => parts.distro === preferred[0]);
  if (preferred[0] && best.parts.distro && best.parts.distro !== preferred[0] && publishesPreferred)
    warnings.push(`${image} ${best.stands.join('.')} has no ${preferred[0]} tag: using ${best.parts.distro}`);
  return {
    ok: true,
    image,
    tag: best.parts.tag,
    reference,
    version: best.stands.join('.'),
    line,
    maintained: best.maintained,
    warnings,
  };
}
