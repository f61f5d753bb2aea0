/**
 * ../shared/realworld/MANIFEST.tsv: one row per real app, written by people for people ("npm (package-lock
 * v3)", "3000 (SECRET_PORT)", "GET / (302; ...)"). The harness compares detect against it, so each free-text
 * column is reduced here to the one value detect reports. The file is tab-separated with a header row and
 * no quoting, so splitting on tabs is the whole format.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ManifestRow {
  name: string;
  repo: string;
  commit: string;
  subpath: string;
  stack: string;
  framework: string;
  packageManager: string;
  services: string;
  port: string;
  health: string;
  notes: string;
}

/** What detect should say, reduced from the manifest's prose. null: the manifest says there is none. */
export interface ExpectedDetect {
  stack: string;
  packageManager: string | null;
  port: number | null;
  healthPath: string | null;
  /** Every path the manifest names as a health endpoint ("/health and /api/health"). */
  healthPaths: string[];
  services: string[];
}

const COLUMNS = {
  name: 'name',
  repo: 'repo',
  commit: 'commit',
  subpath: 'subpath',
  stack: 'stack',
  framework: 'framework',
  packageManager: 'package_manager',
  services: 'services',
  port: 'port',
  health: 'health',
  notes: 'notes',
} as const;

export function parseManifest(text: string, file = 'MANIFEST.tsv'): ManifestRow[] {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const header = (lines[0] ?? '').split('\t');
  const index = Object.fromEntries(
    Object.entries(COLUMNS).map(([key, column]) => {
      const at = header.indexOf(column);
      if (at < 0) throw new Error(`${file}:1: no column "${column}"`);
      return [key, at];
    }),
  ) as Record<keyof ManifestRow, number>;
  return lines.slice(1).map((line, i) => {
    const cells = line.split('\t');
    if (cells.length < header.length)
      throw new Error(`${file}:${i + 2}: ${cells.length} columns, the header has ${header.length}`);
    const row = {} as ManifestRow;
    for (const key of Object.keys(COLUMNS) as (keyof ManifestRow)[]) row[key] = cells[index[key]] ?? '';
    return row;
  });
}

export function readManifest(realworld: string): ManifestRow[] {
  const file = join(realworld, 'MANIFEST.tsv');
  return parseManifest(readFileSync(file, 'utf8'), file);
}

/** The container services detect can name, with the words the manifest uses for each. */
const SERVICE_WORDS: [service: string, pattern: RegExp][] = [
  ['postgres', /\bpostgres(ql)?\b|\bpgvector\b/i],
  ['mysql', /\bmysql\b|\bmariadb\b/i],
  ['redis', /\bredis\b|\bvalkey\b/i],
  ['mongodb', /\bmongo(db)?\b/i],
  ['clickhouse', /\bclickhouse\b/i],
  ['rabbitmq', /\brabbitmq\b/i],
  ['memcached', /\bmemcached?\b/i],
  ['elasticsearch', /\belasticsearch\b/i],
  ['sqlserver', /\bsql server\b/i],
];

/**
 * The services the manifest names as ones the app uses by default. A clause marked optional, or an
 * alternative after "or", names a service the app can run without, so it is left out: detect is compared
 * with what the app needs, and the comparison lists the optional ones apart.
 */
export function expectedServices(services: string): { required: string[]; optional: string[] } {
  const required = new Set<string>();
  const optional = new Set<string>();
  // Clauses are separated by ';' or ',' outside parentheses.
  for (const clause of splitOutsideParens(services)) {
    const head = clause.replace(/\(.*?\)/g, '');
    const isOptional = /\boptional\b|\bor\b|\bin 'document' mode\b|\bvia knex\b/i.test(clause);
    for (const [service, pattern] of SERVICE_WORDS) {
      if (!pattern.test(head)) continue;
      (isOptional ? optional : required).add(service);
    }
  }
  for (const service of required) optional.delete(service);
  return { required: [...required].sort(), optional: [...optional].sort() };
}

function splitOutsideParens(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(') depth++;
    if (char === ')') depth = Math.max(0, depth - 1);
    if ((char === ';' || char === ',') && depth === 0) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts.map((part) => part.trim()).filter(Boolean);
}

export function expectedDetect(row: ManifestRow): ExpectedDetect {
  const stack = row.stack.split(/\s/)[0] ?? row.stack;
  const manager = row.packageManager.match(
    /^(npm|pnpm|yarn|bundler|bun|uv|poetry|pip|go modules|cargo|gradle|maven|dotnet|composer)\b/i,
  );
  const port = row.port.match(/^\d+/);
  // Paths before any parenthesis: "GET / (302; used by extra/healthcheck.js)", "/healthz and /api/healthz".
  const healthPaths = /^none\b/i.test(row.health)
    ? []
    : [...(row.health.split('(')[0] ?? '').matchAll(/(?:^|\s)(\/[\w./-]*)/g)].map((match) => match[1] ?? '');
  return {
    stack,
    packageManager: manager ? normalisePackageManager(manager[1] ?? '') : null,
    port: port ? Number(port[0]) : null,
    healthPath: healthPaths[0] ?? null,
    healthPaths,
    services: expectedServices(row.services).required,
  };
}

/** detect says `go`, `gradle`, `maven`, `bundler`; the manifest says "go modules", "maven wrapper"... */
export function normalisePackageManager(name: string): string {
  const lower = name.toLowerCase();
  if (lower === 'go modules') return 'go';
  return lower;
}
