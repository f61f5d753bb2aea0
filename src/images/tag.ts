/**
 * An image tag read as its parts: `16.18.0-bullseye-slim` is version 16.18.0 on bullseye with the slim
 * flavour. Tags follow the official images' conventions; the distributions are the ones the table names.
 */

import type { ImageTable } from './table.js';

export interface TagParts {
  tag: string;
  /** Numeric version parts; empty for tags without a version (`bookworm-slim`, `latest`). */
  version: number[];
  /** The distribution the tag names (`trixie`, `alpine3.24`, `noble`), if any. */
  distro: string | undefined;
  /** The other words, sorted: `slim`, `apache`, `jre`, `management`. */
  flavour: string[];
  /** A release candidate, beta or preview: never chosen. */
  prerelease: boolean;
}

export type Family = 'debian' | 'ubuntu' | 'alpine';

const PRERELEASE_WORD = /^(rc\d*|beta\d*|alpha\d*|preview(\.\d+)?|dev|nightly)$/;

const familyCache = new WeakMap<ImageTable, Record<Family, string[]>>();
const distroSetCache = new WeakMap<ImageTable, ReadonlySet<string>>();

/** The distributions of each family, newest first, from the table's Debian and Ubuntu lines. */
export function familyDistros(table: ImageTable): Record<Family, string[]> {
  const cached = familyCache.get(table);
  if (cached) return cached;
  const families = readFamilyDistros(table);
  familyCache.set(table, families);
  return families;
}

/** Every distribution name a tag may carry. */
export function knownDistros(table: ImageTable): ReadonlySet<string> {
  let known = distroSetCache.get(table);
  if (!known) {
    const families = familyDistros(table);
    known = new Set([...families.debian, ...families.ubuntu, ...families.alpine]);
    distroSetCache.set(table, known);
  }
  return known;
}

function readFamilyDistros(table: ImageTable): Record<Family, string[]> {
  const released = (date: string | null | undefined) => Boolean(date && date <= table.date);
  const codenames = (image: string) =>
    (table.images[image]?.lines ?? [])
      .filter((line) => line.codename && released(line.released))
      .map((line) => (line.codename as string).split(' ')[0] as string);
  const alpine = (table.images.alpine?.lines ?? [])
    .filter((line) => released(line.released))
    .map((line) => `alpine${line.line}`);
  return { debian: codenames('debian'), ubuntu: codenames('ubuntu'), alpine: [...alpine, 'alpine'] };
}

export function parseTag(tag: string, distros: ReadonlySet<string>): TagParts {
  // `alpine:20260805`, `debian:20260803`: dated snapshots of a moving branch (edge, sid), not versions.
  if (/^\d{8}(-|$)/.test(tag))
    return { tag, version: [], distro: undefined, flavour: tag.split('-').sort(), prerelease: true };
  const match = /^(\d+(?:\.\d+)*)(?:[_+]\d+)?(.*)$/.exec(tag);
  const version = match ? (match[1] as string).split('.').map(Number) : [];
  const rest = match ? (match[2] as string) : tag;
  // `3.15.0rc1`: letters straight after the number are a pre-release.
  const prereleaseSuffix = Boolean(match && rest !== '' && !rest.startsWith('-'));
  const words = (match ? rest.replace(/^-/, '') : rest).split('-').filter(Boolean);
  let distro: string | undefined;
  const flavour: string[] = [];
  for (const word of words) {
    if (!distro && (distros.has(word) || /^alpine\d+\.\d+$/.test(word))) distro = word;
    else flavour.push(word);
  }
  return {
    tag,
    version,
    distro,
    flavour: flavour.sort(),
    prerelease: prereleaseSuffix || flavour.some((word) => PRERELEASE_WORD.test(word)),
  };
}

export function compareVersions(a: readonly number[], b: readonly number[]): number {
  for (let index = 0; index < Math.max(a.length, b.length); index++) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** `20` is a prefix of `20.11.1`; `2` is not a prefix of `20`. */
export function isVersionPrefix(prefix: readonly number[], version: readonly number[]): boolean {
  return prefix.length <= version.length && prefix.every((part, index) => version[index] === part);
}
