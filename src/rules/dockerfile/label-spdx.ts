import { labelTypeRule } from './label-schema.js';

/** The license ids people put on images; anything else may be a LicenseRef-. */
const SPDX = new Set([
  'MIT',
  'Apache-2.0',
  'BSD-2-Clause',
  'BSD-3-Clause',
  'GPL-2.0-only',
  'GPL-2.0-or-later',
  'GPL-3.0-only',
  'GPL-3.0-or-later',
  'LGPL-2.1-only',
  'LGPL-2.1-or-later',
  'LGPL-3.0-only',
  'LGPL-3.0-or-later',
  'MPL-2.0',
  'AGPL-3.0-only',
  'AGPL-3.0-or-later',
  'ISC',
  'Unlicense',
  'CC0-1.0',
  'EPL-2.0',
  'BSL-1.0',
  'Zlib',
  'Proprietary',
]);

export const labelSpdx = labelTypeRule({
  id: 'label-spdx',
  aliases: ['DL3054'],
  type: 'spdx',
  valueName: 'an SPDX license expression',
  example: 'Apache-2.0',
  accepts: (value) =>
    value
      .split(/\s+(?:AND|OR|WITH)\s+/)
      .every((id) => SPDX.has(id.replace(/[()]/g, '')) || /^LicenseRef-[A-Za-z0-9.-]+$/.test(id)),
});
