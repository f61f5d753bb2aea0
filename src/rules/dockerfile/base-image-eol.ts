import { imageTable } from '../../images/index.js';
import type { DockerfileRule } from '../rule.js';
import { baseImageStatuses } from './base-image-status.js';

/**
 * Reads the end-of-life dates from the image table (src/images), which is generated from each project's
 * own schedule, so the rule is as current as the table and covers every line the table dates. No grace
 * period: a line that has ended gets no fixes from the day it ends.
 */
export const baseImageEol: DockerfileRule = {
  kind: 'dockerfile',
  id: 'base-image-eol',
  aliases: [],
  severity: 'warning',
  fixable: false,
  docs: {
    summary: 'Do not build on a base image past its end of security support.',
    why: `An end-of-life base gets no security fixes: every scan shows the same growing list of CVEs and none will be patched. The dates come from each project's schedule (Node.js's release schedule, Python's devguide, Go's two-release policy, Debian's LTS, and so on) as recorded in shipshape's image table, facts as of ${imageTable.date}. The finding names the maintained tag of the same shape; moving to it may be a major upgrade, so it is a suggestion, not a fix.`,
    bad: 'FROM node:20-bookworm-slim\n',
    good: 'FROM node:24-trixie-slim\n',
  },
  check({ model, settings, report }) {
    for (const { image, status, range } of baseImageStatuses(model, settings.today)) {
      if (!status.ended) continue;
      const { what, eol, line } = status.ended;
      const instead = status.replacement ? `; the maintained line is ${status.replacement}` : '';
      report({
        range,
        message: `${image}: ${what} reached its end of life on ${eol} (${line.source})${instead}`,
      });
    }
  },
};
