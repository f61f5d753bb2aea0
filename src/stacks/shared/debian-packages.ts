/**
 * The Debian packages plans install, pinned per release so rebuilds install the same files. Versions
 * are each release's current ones (read with `apt-cache policy` in debian:<release>-slim on 2026-12-01);
 * a wildcard where the release's security updates move the patch level (libpq follows PostgreSQL's
 * minor releases). A package's name can change between releases (libicu72 -> libicu76).
 */

export type DebianPackage =
  | 'tini'
  | 'ca-certificates'
  | 'unzip'
  | 'build-essential'
  | 'libyaml-dev'
  | 'libpq-dev'
  | 'libpq'
  | 'libicu-dev'
  | 'libicu'
  | 'libzip-dev'
  | 'libzip'
  | 'python3'
  | 'make'
  | 'g++';

const PINNED: Record<string, Record<DebianPackage, string>> = {
  bookworm: {
    tini: 'tini=0.19.0-1+b3',
    'ca-certificates': 'ca-certificates=20230311+deb12u1',
    unzip: 'unzip=6.0-28',
    'build-essential': 'build-essential=12.9',
    'libyaml-dev': 'libyaml-dev=0.2.5-1',
    'libpq-dev': 'libpq-dev=15.*',
    libpq: 'libpq5=15.*',
    'libicu-dev': 'libicu-dev=72.*',
    libicu: 'libicu72=72.*',
    'libzip-dev': 'libzip-dev=1.7.*',
    libzip: 'libzip4=1.7.*',
    python3: 'python3=3.11.2-1+b1',
    make: 'make=4.3-4.1',
    'g++': 'g++=4:12.2.0-3',
  },
  trixie: {
    tini: 'tini=0.19.0-3+b8',
    'ca-certificates': 'ca-certificates=20250419+deb13u1',
    unzip: 'unzip=6.0-29+deb13u1',
    'build-essential': 'build-essential=12.12',
    'libyaml-dev': 'libyaml-dev=0.2.5-2',
    'libpq-dev': 'libpq-dev=17.*',
    libpq: 'libpq5=17.*',
    'libicu-dev': 'libicu-dev=76.*',
    libicu: 'libicu76=76.*',
    'libzip-dev': 'libzip-dev=1.11.*',
    libzip: 'libzip5=1.11.*',
    python3: 'python3=3.13.5-1',
    make: 'make=4.4.1-2',
    'g++': 'g++=4:14.2.0-1',
  },
};

/** The releases whose packages are pinned here; a plan on another release installs them unpinned. */
export const PINNED_RELEASES = Object.keys(PINNED);

/**
 * The package as `name=version` for the release. For a release not pinned here (an old pin's image on
 * bullseye), the current release's name without a version, which the caller says in the header.
 */
export function debianPackage(release: string | undefined, name: DebianPackage): string {
  const pinned = release ? PINNED[release]?.[name] : undefined;
  if (pinned) return pinned;
  return (PINNED.trixie as Record<DebianPackage, string>)[name].split('=')[0] as string;
}

/** Said in the header when a plan's Debian release has no pins here. */
export function unpinnedNote(release: string | undefined): string[] {
  return release && !PINNED_RELEASES.includes(release)
    ? [`Debian ${release} packages are not pinned here (pins are kept for ${PINNED_RELEASES.join(' and ')}).`]
    : [];
}
