import { describe, expect, it } from 'vitest';
import { debianPackage, PINNED_RELEASES, unpinnedNote } from './debian-packages.js';

describe('debianPackage', () => {
  it('pins each package for the release it is installed on', () => {
    expect(PINNED_RELEASES).toEqual(['bookworm', 'trixie']);
    expect(debianPackage('bookworm', 'tini')).toBe('tini=0.19.0-1+b3');
    expect(debianPackage('trixie', 'tini')).toBe('tini=0.19.0-3+b8');
    // The run-time library's name follows its soname, which changes between releases.
    expect(debianPackage('bookworm', 'libicu')).toBe('libicu72=72.*');
    expect(debianPackage('trixie', 'libicu')).toBe('libicu76=76.*');
  });

  it('installs unpinned on a release it keeps no pins for, and the header says so', () => {
    expect(debianPackage('bullseye', 'ca-certificates')).toBe('ca-certificates');
    expect(unpinnedNote('bullseye')).toEqual([
      'Debian bullseye packages are not pinned here (pins are kept for bookworm and trixie).',
    ]);
    expect(unpinnedNote('trixie')).toEqual([]);
  });
});
