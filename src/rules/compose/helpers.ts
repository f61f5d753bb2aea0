/** What Compose rules share: services as entries, and ranges by path. */

import { basename, dirname, join, resolve } from 'node:path';
import type { Range } from '../../core/source.js';
import { DEFAULT_COMPOSE_FILES, loadComposeProject } from '../../parse/compose.js';
import { rangeAt, type YamlPath } from '../../parse/yaml-source.js';
import type { ComposeContext } from '../rule.js';

export type Mapping = Record<string, unknown>;

export function isMapping(value: unknown): value is Mapping {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function services(context: ComposeContext): Array<[string, Mapping]> {
  const all = context.value.services;
  if (!isMapping(all)) return [];
  return Object.entries(all).filter((entry): entry is [string, Mapping] => isMapping(entry[1]));
}

export function at(context: ComposeContext, path: YamlPath, key = false): Range {
  return rangeAt(context.source, path, key);
}

/** `KEY=value` list or mapping, as entries with their path for ranges. */
export function environmentEntries(
  service: Mapping,
  base: YamlPath,
): Array<{ key: string; value: string | undefined; path: YamlPath }> {
  const environment = service.environment;
  if (Array.isArray(environment)) {
    return environment.map((item, index) => {
      const text = plainText(item);
      const eq = text.indexOf('=');
      return {
        key: eq < 0 ? text : text.slice(0, eq),
        value: eq < 0 ? undefined : text.slice(eq + 1),
        path: [...base, 'environment', index],
      };
    });
  }
  if (isMapping(environment)) {
    return Object.entries(environment).map(([key, value]) => ({
      key,
      // A `!reset` (a symbol) unsets the variable: like null, no value.
      value:
        value === null || value === undefined || typeof value === 'symbol' ? undefined : plainText(value),
      path: [...base, 'environment', key],
    }));
  }
  return [];
}

/** String() of a list holding a `!reset` symbol throws (found by the fuzz test): nested values as JSON. */
function plainText(value: unknown): string {
  return typeof value === 'object' && value !== null ? (JSON.stringify(value) ?? '') : String(value);
}

export interface PortBinding {
  hostIp: string | undefined;
  published: string | undefined;
  target: string;
  protocol: string;
  path: YamlPath;
}

/** Short (`"127.0.0.1:5432:5432/tcp"`) and long (`{target, published, host_ip}`) port syntax. */
export function ports(service: Mapping, base: YamlPath): PortBinding[] {
  if (!Array.isArray(service.ports)) return [];
  return service.ports.map((item, index) => {
    const path = [...base, 'ports', index];
    if (isMapping(item)) {
      return {
        hostIp: item.host_ip === undefined ? undefined : String(item.host_ip),
        published: item.published === undefined ? undefined : String(item.published),
        target: String(item.target ?? ''),
        protocol: String(item.protocol ?? 'tcp'),
        path,
      };
    }
    const [mapping = '', protocol = 'tcp'] = String(item).split('/');
    // IPv6 host addresses come in brackets: "[::1]:5432:5432".
    const bracket = /^\[([^\]]+)\]:(.*)$/.exec(mapping);
    const parts = bracket ? [bracket[1] as string, ...(bracket[2] as string).split(':')] : mapping.split(':');
    const target = parts.pop() ?? '';
    const published = parts.pop();
    const hostIp = parts.length ? parts.join(':') : undefined;
    return { hostIp, published, target, protocol, path };
  });
}

/** Official images of databases, caches and brokers, by repository name. */
export const DATASTORES = new Set([
  'postgres',
  'postgis',
  'mysql',
  'mariadb',
  'mongo',
  'redis',
  'valkey',
  'memcached',
  'elasticsearch',
  'opensearch',
  'rabbitmq',
  'cassandra',
  'couchdb',
  'neo4j',
  'influxdb',
  'clickhouse-server',
  'kafka',
  'cp-kafka',
  'zookeeper',
  'etcd',
  'minio',
]);

/** The image's repository without registry and tag: `docker.io/library/postgres:16` gives `postgres`. */
export function imageName(image: string): string {
  const withoutDigest = image.split('@')[0] as string;
  const lastSlash = withoutDigest.lastIndexOf('/');
  const colon = withoutDigest.lastIndexOf(':');
  const name = colon > lastSlash ? withoutDigest.slice(0, colon) : withoutDigest;
  return name.split('/').pop() ?? name;
}

const projects = new WeakMap<ComposeContext['source'], Mapping>();

/**
 * The project Compose loads this file in: its includes, and for an override (`compose.override.yaml`,
 * `docker-compose.prod.yml`) the base file beside it, which `docker compose` (or the usual
 * `-f compose.yaml -f compose.prod.yaml`) reads first. References this file makes may be declared there.
 * Without read access (text linted alone) it is this file's own value.
 */
export function project(context: ComposeContext): Mapping {
  const cached = projects.get(context.source);
  if (cached) return cached;
  let model: Mapping = context.value;
  if (context.readFile) {
    const absolute = resolve(context.path);
    const read = (file: string) => (file === absolute ? context.source.text : context.readFile?.(file));
    const base = baseFileOf(absolute, read);
    const loaded = loadComposeProject({
      files: base ? [base, absolute] : [absolute],
      read,
      env: context.env,
      envFiles: [],
      validate: false,
      parsed: new Map([[absolute, { ...context.source, path: absolute }]]),
    });
    model = { ...loaded.model, services: { ...loaded.services } };
  }
  projects.set(context.source, model);
  return model;
}

/** The default compose file next to an override or variant, if this file is not one itself. */
function baseFileOf(file: string, read: (path: string) => string | undefined): string | undefined {
  const name = basename(file);
  if (DEFAULT_COMPOSE_FILES.includes(name)) return undefined;
  if (!/^(docker-)?compose[.-].+\.ya?ml$/i.test(name)) return undefined;
  return DEFAULT_COMPOSE_FILES.map((candidate) => join(dirname(file), candidate)).find(
    (candidate) => read(candidate) !== undefined,
  );
}
