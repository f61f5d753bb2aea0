/**
 * The stand-in table (test/standins/images.tsv) is consistent without an engine: every line names a
 * Dockerfile folder and target that exist, stands on a Debian root listed above it, and claims tags no
 * other line claims (a second claim would silently re-point the name); and every backing service image
 * that init writes into compose.yaml has a stand-in, except those Debian does not package.
 */

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SERVICES } from '../../src/core/app-plan.js';
import { backingService } from '../../src/render/compose.js';
import { parseStandinTable, STANDIN_TABLE, standinRows } from '../e2e/standin-table.js';

const standins = join(import.meta.dirname, '..', 'standins');
const rows = standinRows();
/** Not in Debian (licences), so no stand-in: the README says so and their e2e stays out. */
const NOT_IN_DEBIAN = new Set(['mongodb', 'kafka', 'elasticsearch']);

describe('the stand-in table', () => {
  it('names a Dockerfile folder and target that exist for every image', () => {
    for (const row of rows.filter((row) => row.source !== 'debootstrap')) {
      const dockerfile = join(standins, row.context, 'Dockerfile');
      expect(existsSync(dockerfile), dockerfile).toBe(true);
      if (row.target) {
        const stages = [...readFileSync(dockerfile, 'utf8').matchAll(/^FROM\s+\S+\s+AS\s+(\S+)/gim)].map(
          (m) => m[1],
        );
        expect(stages, `${row.context}:${row.target}`).toContain(row.target);
      }
    }
  });

  it('builds every image on a Debian root listed above it', () => {
    const roots = new Set<string>();
    for (const row of rows) {
      if (row.source === 'debootstrap') roots.add(row.suite);
      else expect(roots.has(row.suite), `${row.tags[0]} stands on ${row.suite}`).toBe(true);
    }
  });

  it('gives each tag to one image only', () => {
    const owners = new Map<string, string>();
    for (const row of rows)
      for (const tag of row.tags) {
        expect(owners.get(tag), `${tag} is claimed twice`).toBeUndefined();
        owners.set(tag, `${row.group} ${row.suite} ${row.context}`);
      }
  });

  it('has a stand-in for every service image compose.yaml names, but those Debian lacks', () => {
    const tags = new Set(rows.flatMap((row) => row.tags));
    for (const service of SERVICES) {
      const image = backingService(service).image;
      expect(tags.has(image), `${service}: ${image}`).toBe(!NOT_IN_DEBIAN.has(service));
    }
  });

  it('refuses a malformed line with the file named', () => {
    expect(() => parseStandinTable('node  jessie  node  apt  node:1\n')).toThrow(STANDIN_TABLE);
  });
});
