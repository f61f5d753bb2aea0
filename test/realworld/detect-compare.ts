/** detect --json against what MANIFEST.tsv says, field by field. Pure. */

import type { ExpectedDetect } from './manifest.js';
import { normalisePackageManager } from './manifest.js';

/** The fields of `detect --json`'s apps[] the harness reads. */
export interface DetectedApp {
  name: string;
  path: string;
  language: string;
  packageManager: string | null;
  port: number | null;
  healthcheckPath: string | null;
  services: string[];
  startCommand: string | null;
  static?: boolean;
}

export interface FieldComparison {
  expected: string;
  got: string;
  match: boolean;
}

export interface DetectComparison {
  apps: string[];
  primary: string | null;
  fields: Record<'stack' | 'packageManager' | 'port' | 'healthPath' | 'services', FieldComparison>;
  matches: number;
}

/**
 * The app the manifest describes: in a monorepo, the member whose health path, then port, matches the
 * manifest's, else one named like a server, else the first. A single app is itself.
 */
export function pickPrimaryApp(expected: ExpectedDetect, apps: DetectedApp[]): DetectedApp | undefined {
  if (apps.length <= 1) return apps[0];
  return (
    apps.find((app) => app.healthcheckPath && expected.healthPaths.includes(app.healthcheckPath)) ??
    apps.find((app) => expected.port && app.port === expected.port && !app.static) ??
    apps.find((app) => /(^|\/)(server|api|web)$/.test(app.path)) ??
    apps[0]
  );
}

const show = (value: unknown) =>
  value === null || value === undefined || value === '' ? 'none' : String(value);

/** detect's package manager names: the manifest's `dotnet`, `maven wrapper`, `gradle 7.4 wrapper`. */
function sameManager(expected: string | null, got: string | null): boolean {
  if (!expected || !got) return expected === got;
  const aliases: Record<string, string> = { dotnet: 'nuget' };
  const want = aliases[expected] ?? expected;
  return normalisePackageManager(got) === want;
}

export function compareDetect(
  expected: ExpectedDetect,
  apps: DetectedApp[],
  libraries: string[],
): DetectComparison {
  const primary = pickPrimaryApp(expected, apps);
  const got = primary ?? {
    name: '',
    path: '',
    language: '',
    packageManager: null,
    port: null,
    healthcheckPath: null,
    services: [],
    startCommand: null,
  };
  const services = [...new Set(got.services)].sort();
  const fields: DetectComparison['fields'] = {
    stack: { expected: expected.stack, got: show(got.language), match: got.language === expected.stack },
    packageManager: {
      expected: show(expected.packageManager),
      got: show(got.packageManager),
      match: sameManager(expected.packageManager, got.packageManager),
    },
    // A static site has no port of its own; the manifest says "static".
    port: {
      expected: show(expected.port),
      got: show(got.static ? null : got.port),
      match: (got.static ? null : got.port) === expected.port,
    },
    healthPath: {
      expected: expected.healthPaths.join(' or ') || 'none',
      got: show(got.healthcheckPath),
      match: got.healthcheckPath
        ? expected.healthPaths.includes(got.healthcheckPath)
        : expected.healthPaths.length === 0,
    },
    services: {
      expected: expected.services.join('+') || 'none',
      got: services.join('+') || 'none',
      match: services.join('+') === expected.services.join('+'),
    },
  };
  return {
    apps: [
      ...apps.map((app) => `${app.name}${app.path !== '.' ? ` (${app.path})` : ''}`),
      ...libraries.map((lib) => `${lib} (library)`),
    ],
    primary: primary ? primary.name : null,
    fields,
    matches: Object.values(fields).filter((field) => field.match).length,
  };
}
