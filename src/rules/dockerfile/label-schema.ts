/**
 * hadolint's label schema (DL3049-DL3058): with `label-schema` in the configuration, required labels
 * must exist, be non-empty and match their type; with `strict-labels`, no other labels are allowed.
 * One rule per check, so each hadolint id silences exactly what it silences in hadolint.
 */

import type { KeyValue } from '../../parse/dockerfile.js';
import { expandWord } from '../../parse/dockerfile-words.js';
import type { DockerfileContext, DockerfileRule } from '../rule.js';

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

const TYPES: Record<string, { check: (value: string) => boolean; id: string; alias: string; name: string }> =
  {
    url: {
      check: (v) => /^[a-z][a-z0-9+.-]*:\/\/[^\s]+$/i.test(v),
      id: 'label-url',
      alias: 'DL3052',
      name: 'a valid URL',
    },
    rfc3339: {
      check: (v) =>
        /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.test(v) &&
        !Number.isNaN(Date.parse(v)),
      id: 'label-rfc3339',
      alias: 'DL3053',
      name: 'an RFC 3339 time',
    },
    spdx: {
      check: (v) =>
        v
          .split(/\s+(?:AND|OR|WITH)\s+/)
          .every((id) => SPDX.has(id.replace(/[()]/g, '')) || /^LicenseRef-[A-Za-z0-9.-]+$/.test(id)),
      id: 'label-spdx',
      alias: 'DL3054',
      name: 'an SPDX license expression',
    },
    hash: {
      check: (v) => /^[0-9a-f]{7,40}$/.test(v),
      id: 'label-git-hash',
      alias: 'DL3055',
      name: 'a git hash',
    },
    semver: {
      check: (v) => /^v?\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/.test(v),
      id: 'label-semver',
      alias: 'DL3056',
      name: 'a semantic version',
    },
    email: {
      check: (v) => /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(v),
      id: 'label-email',
      alias: 'DL3058',
      name: 'an email address',
    },
  };

function labels(context: DockerfileContext): Array<{ pair: KeyValue; value: string }> {
  const found: Array<{ pair: KeyValue; value: string }> = [];
  for (const instruction of context.model.instructions) {
    if (instruction.keyword !== 'LABEL') continue;
    for (const pair of instruction.pairs)
      found.push({ pair, value: expandWord(pair.value ?? '', () => undefined, context.model.escape).value });
  }
  return found;
}

const docsSettings = { labelSchema: { 'org.opencontainers.image.version': 'semver' } };

export const labelMissing: DockerfileRule = {
  kind: 'dockerfile',
  id: 'label-missing',
  aliases: ['DL3049'],
  severity: 'info',
  fixable: false,
  docs: {
    summary: 'Set every label the configured label schema requires.',
    why: "Teams that index images by labels (owner, source repository, version) declare them in `labelSchema` (or hadolint's `label-schema`); an image without them cannot be traced back to its source.",
    bad: 'FROM debian:bookworm-slim\n',
    good: 'FROM debian:bookworm-slim\nLABEL org.opencontainers.image.version="1.4.2"\n',
    settings: docsSettings,
  },
  check(context) {
    const schema = context.settings.labelSchema ?? {};
    const final = context.model.stages[context.model.stages.length - 1];
    if (!final) return;
    const present = new Set(labels(context).map(({ pair }) => pair.key));
    for (const name of Object.keys(schema)) {
      if (!present.has(name))
        context.report({ range: final.from.range, message: `label ${name} is missing` });
    }
  },
};

export const labelSuperfluous: DockerfileRule = {
  kind: 'dockerfile',
  id: 'label-superfluous',
  aliases: ['DL3050'],
  severity: 'info',
  fixable: false,
  docs: {
    summary: 'With strict labels on, set only the labels in the schema.',
    why: 'A strict schema keeps label names consistent across a fleet of images; an unknown label is usually a typo of a known one.',
    bad: 'FROM debian:bookworm-slim\nLABEL org.opencontainers.image.version="1.4.2" versoin="1.4.2"\n',
    good: 'FROM debian:bookworm-slim\nLABEL org.opencontainers.image.version="1.4.2"\n',
    settings: { ...docsSettings, strictLabels: true },
  },
  check(context) {
    if (!context.settings.strictLabels) return;
    const schema = context.settings.labelSchema ?? {};
    for (const { pair } of labels(context)) {
      if (!(pair.key in schema))
        context.report({ range: pair.range, message: `label ${pair.key} is not in the label schema` });
    }
  },
};

export const labelEmpty: DockerfileRule = {
  kind: 'dockerfile',
  id: 'label-empty',
  aliases: ['DL3051'],
  severity: 'warning',
  fixable: false,
  docs: {
    summary: 'Do not leave a schema label empty.',
    why: 'An empty required label satisfies the schema in name only.',
    bad: 'FROM debian:bookworm-slim\nLABEL org.opencontainers.image.version=""\n',
    good: 'FROM debian:bookworm-slim\nLABEL org.opencontainers.image.version="1.4.2"\n',
    settings: docsSettings,
  },
  check(context) {
    const schema = context.settings.labelSchema ?? {};
    for (const { pair, value } of labels(context)) {
      if (pair.key in schema && value.trim() === '')
        context.report({ range: pair.range, message: `label ${pair.key} is empty` });
    }
  },
};

export const labelTypeRules: DockerfileRule[] = Object.entries(TYPES).map(([type, spec]) => ({
  kind: 'dockerfile',
  id: spec.id,
  aliases: [spec.alias],
  severity: 'warning',
  fixable: false,
  docs: {
    summary: `Give labels of type ${type} in the label schema ${spec.name}.`,
    why: `Tools read labels by their declared type; a value that is not ${spec.name} breaks them silently. Values with variables are left alone (declare them as text).`,
    bad: `FROM debian:bookworm-slim\nLABEL typed="not valid"\n`,
    good: `FROM debian:bookworm-slim\nLABEL typed=${JSON.stringify(exampleValue(type))}\n`,
    settings: { labelSchema: { typed: type } },
  },
  check(context: DockerfileContext) {
    const schema = context.settings.labelSchema ?? {};
    for (const { pair, value } of labels(context)) {
      if (schema[pair.key] !== type || value === '' || (pair.value ?? '').includes('$')) continue;
      if (!spec.check(value))
        context.report({ range: pair.range, message: `label ${pair.key} is not ${spec.name}` });
    }
  },
}));

function exampleValue(type: string): string {
  return (
    {
      url: 'https://github.com/example/app',
      rfc3339: '2026-11-24T09:00:00Z',
      spdx: 'Apache-2.0',
      hash: '1a2b3c4d',
      semver: '1.4.2',
      email: 'team@example.com',
    }[type] ?? 'x'
  );
}
