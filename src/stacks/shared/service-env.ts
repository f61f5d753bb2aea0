/**
 * The variable names an app's code reads a backing service's address from (POSTGRES_URL rather than
 * DATABASE_URL, ELASTICSEARCH_ENDPOINT...), so the generated files set the name the app reads. Found as
 * environment reads in each ecosystem's spelling; an app that reads none keeps the usual name.
 */

import type { ServiceKind } from '../../core/app-plan.js';
import type { FileView } from './file-view.js';
import { join } from './services.js';

const ENV_READS = [
  /process\.env\.([A-Z][A-Z0-9_]*)|process\.env\[\s*["']([A-Z][A-Z0-9_]*)["']\s*\]/g,
  /(?:environ\.get|getenv|environ\[|env\.str|env\.url|env\()\s*\(?\s*["']([A-Z][A-Z0-9_]*)["']/g,
  /os\.(?:Getenv|LookupEnv)\(\s*"([A-Z][A-Z0-9_]*)"/g,
  /env::var(?:_os)?\(\s*"([A-Z][A-Z0-9_]*)"/g,
  /ENV(?:\.fetch\(\s*|\[\s*)["']([A-Z][A-Z0-9_]*)["']/g,
  /Environment\.GetEnvironmentVariable\(\s*"([A-Z][A-Z0-9_]*)"/g,
  /System\.getenv\(\s*"([A-Z][A-Z0-9_]*)"/g,
];

/** Names that carry a whole address for each service, by what they are usually called. */
const ADDRESS_NAMES: Record<ServiceKind, RegExp> = {
  postgres: /^(?:POSTGRES(?:QL)?|PG|DATABASE|DB)_?(?:URL|URI|DSN|CONNECTION_STRING)$/,
  mysql: /^(?:MYSQL|MARIADB|DATABASE|DB)_?(?:URL|URI|DSN|CONNECTION_STRING)$/,
  // DATABASE_URL is left to the SQL databases: beside one, it is theirs.
  mongodb: /^(?:MONGO(?:DB)?)_?(?:URL|URI|DSN|CONNECTION_STRING)$/,
  redis: /^(?:REDIS|VALKEY|CACHE)_?(?:URL|URI|DSN)$/,
  rabbitmq: /^(?:AMQP|RABBITMQ|RABBIT|BROKER)_?(?:URL|URI)$/,
  kafka: /^KAFKA_(?:BROKERS|BOOTSTRAP_SERVERS|URL|BROKER)$/,
  memcached: /^MEMCACHED?_(?:SERVERS|URL|HOST)$/,
  elasticsearch: /^(?:ELASTICSEARCH|ELASTIC|ES|OPENSEARCH)_(?:URL|ENDPOINT|NODE|HOST|URI)$/,
};

/** Every environment variable name the text reads. */
export function envNamesRead(text: string): Set<string> {
  const names = new Set<string>();
  for (const pattern of ENV_READS)
    for (const match of text.matchAll(pattern)) {
      const name = match[1] ?? match[2];
      if (name) names.add(name);
    }
  return names;
}

/**
 * For each service, the address variable the code reads, when it reads one. A name shared by two
 * services' patterns (DATABASE_URL with both postgres and mysql) goes to the first only, so two
 * databases never get one variable.
 */
export function serviceEnvNames(
  read: Set<string>,
  services: ServiceKind[],
): Partial<Record<ServiceKind, string>> {
  const chosen: Partial<Record<ServiceKind, string>> = {};
  const taken = new Set<string>();
  for (const service of services) {
    const names = [...read].filter((name) => ADDRESS_NAMES[service].test(name) && !taken.has(name)).sort();
    // A name that says the service (POSTGRES_URL) beats a generic one (DATABASE_URL).
    const name = names.find((candidate) => !/^(?:DATABASE|DB)_/.test(candidate)) ?? names[0];
    if (name) {
      chosen[service] = name;
      taken.add(name);
    }
  }
  return chosen;
}

const SOURCE = /\.(?:[cm]?[jt]sx?|py|go|rs|rb|cs|java|kt|php)$/;

/** The address variables an app in `dir` reads for its services, from its source files. */
export function serviceEnv(
  view: FileView,
  dir: string,
  services: ServiceKind[],
): Partial<Record<ServiceKind, string>> {
  if (!services.length) return {};
  const read = new Set<string>();
  for (const file of view.find(dir, (name) => SOURCE.test(name) && !/\.(test|spec|d)\./.test(name), 120, 5))
    for (const name of envNamesRead(view.read(file) ?? '')) read.add(name);
  for (const name of ['.env.example', '.env.sample', '.env.template'])
    for (const match of (view.read(join(dir, name)) ?? '').matchAll(
      /^\s*(?:export\s+)?([A-Z][A-Z0-9_]*)\s*=/gm,
    ))
      read.add(match[1] as string);
  return serviceEnvNames(read, services);
}
