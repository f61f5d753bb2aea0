/**
 * How Compose merges an override into a base (several `-f` files, `compose.override.yaml`, `extends`):
 * mappings merge key by key; `environment`, `labels` and the like merge as mappings whichever syntax
 * each side used; `ports`, `volumes`, `secrets`, `configs` and `devices` merge by their target; lists
 * such as `dns` or `cap_add` append without duplicates; `command`, `entrypoint` and scalars are replaced.
 * `!reset` removes a value and `!override` replaces it whole.
 */

import { Override, RESET } from './yaml-source.js';

type Mapping = Record<string, unknown>;

const AS_MAPPING = new Set([
  'environment',
  'labels',
  'annotations',
  'sysctls',
  'extra_hosts',
  'build_args',
  'args',
]);
const UNIQUE_LISTS = new Set([
  'dns',
  'dns_search',
  'dns_opt',
  'tmpfs',
  'env_file',
  'cap_add',
  'cap_drop',
  'security_opt',
  'expose',
  'group_add',
  'profiles',
  'external_links',
  'links',
  'volumes_from',
  'cache_from',
  'cache_to',
  'tags',
  'platforms',
]);
const KEYED_LISTS: Record<string, (item: unknown) => string> = {
  ports: portKey,
  volumes: volumeKey,
  secrets: fileReferenceKey,
  configs: fileReferenceKey,
  devices: deviceKey,
};

export function isMapping(value: unknown): value is Mapping {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Override);
}

/** Merges two whole Compose documents (top-level `services`, `volumes`, `networks`, ...). */
export function mergeDocuments(base: Mapping, override: Mapping): Mapping {
  const out: Mapping = { ...base };
  for (const [key, value] of Object.entries(override)) {
    if (value === RESET) {
      delete out[key];
    } else if (key === 'services' && isMapping(value)) {
      const services: Mapping = isMapping(out.services) ? { ...out.services } : {};
      for (const [name, service] of Object.entries(value)) {
        if (service === RESET) delete services[name];
        else
          services[name] =
            isMapping(services[name]) && isMapping(service)
              ? mergeService(services[name] as Mapping, service)
              : unwrap(service);
      }
      out.services = services;
    } else {
      out[key] = mergeValue(key, out[key], value);
    }
  }
  return out;
}

/** Merges one service definition over another (also the rule `extends` uses). */
export function mergeService(base: Mapping, override: Mapping): Mapping {
  const out: Mapping = { ...normaliseService(base) };
  for (const [key, value] of Object.entries(normaliseService(override))) {
    if (value === RESET) delete out[key];
    else out[key] = mergeValue(key, out[key], value);
  }
  return out;
}

function mergeValue(key: string, base: unknown, override: unknown): unknown {
  if (override instanceof Override) return override.value;
  if (base === undefined) return unwrap(override);
  if (AS_MAPPING.has(key)) return mergeMappings(asMapping(base), asMapping(override));
  if (Array.isArray(base) && Array.isArray(override)) {
    const keyOf = KEYED_LISTS[key];
    if (keyOf) return mergeKeyed(base, override, keyOf);
    if (UNIQUE_LISTS.has(key))
      return [...base, ...override.filter((item) => !base.some((existing) => same(existing, item)))];
    return override;
  }
  if (isMapping(base) && isMapping(override)) return mergeMappings(base, override);
  return unwrap(override);
}

function mergeMappings(base: Mapping, override: Mapping): Mapping {
  const out: Mapping = { ...base };
  for (const [key, value] of Object.entries(override)) {
    if (value === RESET) delete out[key];
    else out[key] = mergeValue(key, out[key], value);
  }
  return out;
}

function mergeKeyed(base: unknown[], override: unknown[], keyOf: (item: unknown) => string): unknown[] {
  const byKey = new Map<string, unknown>();
  for (const item of base) byKey.set(keyOf(item), item);
  for (const item of override) {
    const key = keyOf(item);
    const existing = byKey.get(key);
    byKey.set(key, isMapping(existing) && isMapping(item) ? mergeMappings(existing, item) : item);
  }
  return [...byKey.values()];
}

function unwrap(value: unknown): unknown {
  return value instanceof Override ? value.value : value;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** `KEY=value` lists and mappings both become mappings; a bare `KEY` maps to null (taken from the shell). */
export function asMapping(value: unknown): Mapping {
  if (isMapping(value)) return value;
  if (!Array.isArray(value)) return {};
  const out: Mapping = {};
  for (const item of value) {
    const text = String(item);
    const eq = text.indexOf('=');
    if (eq < 0) out[text] = null;
    else out[text.slice(0, eq)] = text.slice(eq + 1);
  }
  return out;
}

/** Brings the short syntaxes that merge differently to their long form: `build`, `depends_on`, `networks`. */
export function normaliseService(service: Mapping): Mapping {
  const out: Mapping = { ...service };
  if (typeof out.build === 'string') out.build = { context: out.build };
  if (Array.isArray(out.depends_on)) {
    out.depends_on = Object.fromEntries(
      out.depends_on.map((name) => [String(name), { condition: 'service_started', required: true }]),
    );
  }
  if (Array.isArray(out.networks))
    out.networks = Object.fromEntries(out.networks.map((name) => [String(name), null]));
  return out;
}

function portKey(item: unknown): string {
  if (isMapping(item)) {
    return [item.host_ip ?? '', item.published ?? '', item.target ?? '', item.protocol ?? 'tcp'].join('|');
  }
  const text = String(item);
  const [mapping, protocol = 'tcp'] = text.split('/');
  const parts = (mapping ?? '').split(':');
  const target = parts.pop() ?? '';
  const published = parts.pop() ?? '';
  const hostIp = parts.join(':');
  return [hostIp, published, target, protocol].join('|');
}

function volumeKey(item: unknown): string {
  if (isMapping(item)) return String(item.target ?? '');
  const parts = String(item).split(':');
  // `/data`, `vol:/data`, `./src:/app:ro`: the container path is the second part when there is one.
  return parts.length === 1 ? (parts[0] as string) : (parts[1] as string);
}

function fileReferenceKey(item: unknown): string {
  if (isMapping(item)) return String(item.target ?? item.source ?? '');
  return String(item);
}

function deviceKey(item: unknown): string {
  if (isMapping(item)) return String(item.target ?? item.source ?? '');
  const parts = String(item).split(':');
  return parts[1] ?? (parts[0] as string);
}
