import type { DockerfileRule } from '../rule.js';
import { imageReference, isStageReference } from './helpers.js';

interface EndOfLife {
  /** Matches the image as `name:tag`. */
  pattern: RegExp;
  what: string;
  /** Last day of security support (ISO date). */
  ended: string;
  instead: string;
}

/**
 * Bases past their end of security support, with the dates their projects published. Only bases that
 * ended more than GRACE_DAYS ago are reported: a runtime that just reached its end is usually pinned
 * while the upgrade is planned, and the runtime itself says so.
 */
const END_OF_LIFE: EndOfLife[] = [
  {
    pattern: /^gcr\.io\/distroless\/[a-z0-9-]+-debian(9|10|11)(:|$)/,
    what: 'distroless images on Debian 11 or older',
    ended: '2024-08-14',
    instead: 'the -debian12 variant',
  },
  {
    pattern: /^(debian:)?(jessie|stretch|buster)(-slim)?(:|$)|^debian:(8|9|10)(\.|-|$)/,
    what: 'Debian 10 (buster) and older',
    ended: '2024-06-30',
    instead: 'debian:bookworm-slim',
  },
  {
    pattern: /^[a-z0-9./-]+:[^:]*-(jessie|stretch|buster)(-|$)/,
    what: 'images built on Debian 10 (buster) or older',
    ended: '2024-06-30',
    instead: 'a -bookworm tag',
  },
  {
    pattern: /^(centos)(:|$)/,
    what: 'CentOS',
    ended: '2024-06-30',
    instead: 'a maintained base (debian:bookworm-slim, rockylinux, almalinux)',
  },
  {
    pattern: /^ubuntu:(14|16|18|20)\.04/,
    what: 'Ubuntu 20.04 and older',
    ended: '2025-05-31',
    instead: 'ubuntu:24.04',
  },
  {
    pattern: /^python:(2(\.|-|$)|3\.[0-8](\.|-|$))/,
    what: 'Python 3.8 and older',
    ended: '2024-10-07',
    instead: 'python:3.12-slim-bookworm or newer',
  },
  {
    pattern: /^node:(\d|1[0-8])(\.|-|$)/,
    what: 'Node.js 18 and older',
    ended: '2025-04-30',
    instead: 'node:22-bookworm-slim or newer',
  },
  {
    pattern: /^alpine:3\.(\d|1[0-8])(\.|$)/,
    what: 'Alpine 3.18 and older',
    ended: '2025-05-09',
    instead: 'alpine:3.20 or newer',
  },
  {
    pattern: /^ruby:(2\.|3\.0)/,
    what: 'Ruby 3.0 and older',
    ended: '2024-04-23',
    instead: 'ruby:3.3-slim-bookworm or newer',
  },
  {
    pattern: /^php:(5\.|7\.|8\.0)/,
    what: 'PHP 8.0 and older',
    ended: '2023-11-26',
    instead: 'php:8.3 or newer',
  },
];

const GRACE_DAYS = 365;

export const baseImageEol: DockerfileRule = {
  kind: 'dockerfile',
  id: 'base-image-eol',
  aliases: [],
  severity: 'warning',
  fixable: false,
  docs: {
    summary: 'Do not build on a base image past its end of security support.',
    why: "An end-of-life base gets no security fixes: every scan shows the same growing list of CVEs and none will be patched. Older guides still show such bases (Docker's own examples long used `gcr.io/distroless/static-debian11`, which stopped receiving updates); move to the current release of the same family.",
    bad: 'FROM gcr.io/distroless/static-debian11:nonroot\n',
    good: 'FROM gcr.io/distroless/static-debian12:nonroot\n',
  },
  messages: { endOfLife: '{image}: {what} lost security support on {ended}; use {instead}' },
  check({ model, settings, report }) {
    const today = Date.parse(settings.today ?? new Date().toISOString().slice(0, 10));
    for (const stage of model.stages) {
      const image = stage.baseImageExpanded;
      if (!image || image.includes('$') || isStageReference(model, image)) continue;
      const { name, tag } = imageReference(image);
      const short = `${name.replace(/^(docker\.io\/)?(library\/)?/, '')}${tag ? `:${tag}` : ''}`;
      const entry = END_OF_LIFE.find((candidate) => candidate.pattern.test(short));
      if (!entry || today - Date.parse(entry.ended) < GRACE_DAYS * 86_400_000) continue;
      const word = stage.from.args[0];
      if (word)
        report({
          range: word.range,
          messageId: 'endOfLife',
          data: { image, what: entry.what, ended: entry.ended, instead: entry.instead },
        });
    }
  },
};
