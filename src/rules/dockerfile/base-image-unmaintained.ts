import { imageTable } from '../../images/index.js';
import type { DockerfileRule } from '../rule.js';
import { baseImageStatuses } from './base-image-status.js';

/**
 * A tag the publisher has stopped rebuilding, although its version may still be in support: the official
 * images drop a Debian variant when a new Debian ships (memcached:1.6-bookworm) and a Rust or Go line when
 * the next one is out. An exact patch pin on a line still rebuilt in the same shape is a pinning choice,
 * not a retired tag, and is left alone; lines past their end are base-image-eol's.
 */
export const baseImageUnmaintained: DockerfileRule = {
  kind: 'dockerfile',
  id: 'base-image-unmaintained',
  aliases: [],
  severity: 'warning',
  fixable: false,
  docs: {
    summary: 'Do not build on a tag its publisher no longer rebuilds.',
    why: `A retired tag still pulls, but it is frozen: the security updates of its distribution never reach it, and scanners keep reporting what was fixed long ago. Which tags are maintained comes from the publishers themselves (docker-library/official-images, dotnet-docker, distroless) as recorded in shipshape's image table, facts as of ${imageTable.date}. The finding names the maintained tag of the same shape.`,
    bad: 'FROM memcached:1.6-bookworm\n',
    good: 'FROM memcached:1.6-trixie\n',
  },
  check({ model, settings, report }) {
    for (const { image, status, range } of baseImageStatuses(model, settings.today)) {
      if (!status.retired || status.ended) continue;
      const instead = status.replacement ? `; use ${status.replacement}` : '';
      report({ range, message: `${image} is no longer rebuilt by its publisher${instead}` });
    }
  },
};
