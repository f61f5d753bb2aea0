/**
 * The base images a plan writes, chosen from the image table: the newest maintained line the app's
 * constraint allows, on Debian 13 where the image publishes it, else the nearest tag that exists. The
 * choice is dated by the table, not the clock, so the same app gets the same file until the table is
 * refreshed (its freshness test makes that happen at least every 120 days).
 */

import { PlanError } from '../../core/plan-error.js';
import {
  type ChosenTag,
  chooseTag,
  compareVersions,
  type Family,
  familyDistros,
  imageFacts,
  imageTable,
  tagExists,
  tagParts,
} from '../../images/index.js';

/** The Debian release plans prefer: the newest one the table knows as released (as chooseTag ranks them). */
export const DEBIAN_STABLE = newestDebian();

function newestDebian(): string {
  const codename = familyDistros(imageTable).debian[0];
  if (!codename) throw new Error('the image table names no released Debian line');
  return codename;
}

export interface BaseImage {
  /** `node:26-trixie-slim`. */
  reference: string;
  /** The version as the tag spells it (`26`, `3.13`, `20.11.1`): the ARG's default. */
  version: string;
  /** What follows the version in the tag (`-trixie-slim`), so an ARG can stand for the version. */
  suffix: string;
  /** The distribution the tag names, if any (`trixie`, `bookworm`, `noble`). */
  distro: string | undefined;
  /**
   * Header lines the choice itself explains: a pin whose line has no Debian stable tag. Ends of life and
   * retired tags are said for every stage by init (src/init/base-image-notes.ts), dated by the clock.
   */
  notes: string[];
}

export interface BaseImageRequest {
  image: string;
  /** The app's declared version or range; none means the newest maintained line. */
  constraint?: string | undefined;
  /** Words besides version and distribution the tag carries: `['slim']`, `['apache']`, `['jre']`. */
  flavour?: string[];
  /** Distribution families in order of preference; none for images whose tags name none (.NET). */
  families?: Family[];
  /** The distribution to prefer (default: Debian stable, or the newest of the first family). */
  distro?: string;
}

export function baseImage(request: BaseImageRequest): BaseImage {
  const families = request.families ?? [];
  const chosen = chooseTag(request.image, {
    constraint: request.constraint,
    flavour: request.flavour ?? [],
    families,
    ...(request.distro
      ? { distro: request.distro }
      : families[0] === 'debian'
        ? { distro: DEBIAN_STABLE }
        : {}),
    today: imageTable.date,
  });
  if (!chosen.ok)
    throw new PlanError(
      `${chosen.reason}: set a version the image publishes (the image table is dated ${imageTable.date})`,
    );
  const base = fromChosen(chosen);
  // An exact release (`.nvmrc` 20.11.1) keeps its own tag where one exists, though the minor line's tag
  // holds the same build once the line has moved on: the Dockerfile then says what the app says.
  const exact = request.constraint?.trim().replace(/^[=v]+/, '');
  if (exact && /^\d+\.\d+\.\d+$/.test(exact) && base.version !== exact) {
    const tag = `${exact}${base.suffix}`;
    if (tagExists(request.image, tag) === true)
      return { ...base, reference: `${request.image}:${tag}`, version: exact };
  }
  return base;
}

/** A language image on Debian (stable first), for the app's declared constraint. */
export function debianBase(image: string, constraint: string | undefined, flavour: string[] = []): BaseImage {
  return baseImage({ image, constraint, flavour, families: ['debian'] });
}

function fromChosen(chosen: ChosenTag): BaseImage {
  const version = /^\d+(\.\d+)*/.exec(chosen.tag)?.[0] ?? '';
  const { distro } = tagParts(chosen.tag);
  return {
    reference: chosen.reference,
    version,
    suffix: chosen.tag.slice(version.length),
    distro,
    notes: chosen.warnings.filter((warning) => / has no \S+ tag: using /.test(warning)).map(sentence),
  };
}

const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/** `image:${ARG}<suffix>`: the FROM line, with the version left to the ARG. */
export function fromWithArg(image: string, arg: string, base: BaseImage): string {
  return `${image}:\${${arg}}${base.suffix}`;
}

/**
 * A Debian slim image of a given release (`debian:trixie-slim`), for runtimes that must match the glibc
 * a build stage linked against. Debian's own tags are codenames, not versions, so they are looked up.
 */
export function debianSlim(release: string | undefined): string {
  const codename = release ?? DEBIAN_STABLE;
  if (tagExists('debian', `${codename}-slim`) === false)
    throw new PlanError(`debian:${codename}-slim does not exist: build on a Debian release the table lists`);
  return `debian:${codename}-slim`;
}

/**
 * A distroless image on the newest Debian the family publishes with a `nonroot` tag: `static`, `cc`.
 * Distroless names its Debian release in the image name, not the tag.
 */
export function distroless(kind: string, release?: string): string {
  const prefix = `gcr.io/distroless/${kind}-debian`;
  const published = Object.keys(imageTable.images)
    .filter((name) => name.startsWith(prefix) && /^\d+$/.test(name.slice(prefix.length)))
    .filter((name) => imageFacts(name)?.tags.includes('nonroot'));
  const maintained = published
    .filter((name) => imageFacts(name)?.maintained.includes('nonroot'))
    .map((name) => Number(name.slice(prefix.length)))
    .sort((a, b) => b - a);
  // A binary linked against an older glibc needs that release's image, maintained or not.
  const wanted = release ? debianNumber(release) : maintained[0];
  if (wanted === undefined || !published.includes(`${prefix}${wanted}`))
    throw new PlanError(`no ${prefix}${release ? (wanted ?? release) : 'N'} image in the image table`);
  return `${prefix}${wanted}:nonroot`;
}

/** `trixie` -> 13, from the table's Debian lines. */
export function debianNumber(codename: string): number | undefined {
  const line = imageTable.images.debian?.lines.find(
    (candidate) => candidate.codename?.split(' ')[0]?.toLowerCase() === codename,
  );
  return line && /^\d+$/.test(line.line) ? Number(line.line) : undefined;
}

/**
 * The newest maintained major line of an image among those `accept` allows: Java's LTS releases, or
 * Node's lines with a long-term-support date in its schedule. A constraint string for baseImage().
 */
export function newestMaintainedMajor(image: string, accept: (major: number) => boolean): string | undefined {
  const facts = imageFacts(image);
  const majors = new Set<number>();
  for (const tag of facts?.maintained ?? []) {
    const major = /^(\d+)(?:[.-]|$)/.exec(tag)?.[1];
    if (major && accept(Number(major))) majors.add(Number(major));
  }
  const newest = [...majors].sort((a, b) => compareVersions([b], [a]))[0];
  return newest === undefined ? undefined : String(newest);
}
