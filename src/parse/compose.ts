/**
 * Loads a Compose project the way `docker compose config` does: `.env` and the shell's environment,
 * interpolation, `include`, `extends`, the merge of several files (`compose.yaml` + `compose.override.yaml`),
 * and profiles. Every file read keeps its YAML source with positions, so problems point at `file:line:col`.
 * File access is injected (`read`), so the loader is pure and testable in memory.
 */

import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { ShipshapeError } from '../core/errors.js';
import { MAX_INCLUDE_DEPTH } from '../core/limits.js';
import type { Position, Range } from '../core/source.js';
import { type InterpolationIssue, interpolate } from './compose-interpolate.js';
import { isMapping, mergeDocuments, mergeService, normaliseService } from './compose-merge.js';
import { validateCompose } from './compose-schema.js';
import { parseEnvFile } from './env-file.js';
import { Override, parseYaml, RESET, rangeAt, type YamlPath, type YamlSource } from './yaml-source.js';

type Mapping = Record<string, unknown>;

export interface ComposeProblem {
  file: string;
  message: string;
  level: 'error' | 'warning';
  range: Range | undefined;
  /** Where the problem came from: YAML syntax, the schema, interpolation, or the project's structure. */
  kind: 'syntax' | 'schema' | 'interpolation' | 'structure';
}

export interface ComposeLoadOptions {
  /** Compose files in `-f` order. */
  files: string[];
  /** Reads a file; undefined when it does not exist. */
  read(path: string): string | undefined;
  /** The shell environment (wins over `.env`). */
  env?: Record<string, string | undefined>;
  /** Profiles to enable, besides `COMPOSE_PROFILES`. */
  profiles?: string[];
  projectDirectory?: string;
  projectName?: string;
  /** Defaults to `<projectDirectory>/.env`. */
  envFiles?: string[];
  /** Schema-check every file (default). A linter that runs the schema rule itself turns this off. */
  validate?: boolean;
  /** Files already parsed by the caller, by absolute path, so they are not parsed twice. */
  parsed?: Map<string, YamlSource>;
}

export interface ComposeProject {
  name: string;
  directory: string;
  /** Every file read (compose files, included and extended ones), with positions. */
  sources: YamlSource[];
  /** The resolved model: merged, interpolated, `include` and `extends` applied, inactive profiles removed. */
  model: Mapping;
  services: Record<string, Mapping>;
  /** Services left out because none of their profiles is active. */
  inactiveServices: string[];
  /** The variables interpolation saw. */
  environment: Record<string, string>;
  problems: ComposeProblem[];
}

/** The file names `docker compose` looks for, in its order of preference. */
export const DEFAULT_COMPOSE_FILES = [
  'compose.yaml',
  'compose.yml',
  'docker-compose.yml',
  'docker-compose.yaml',
];
export const DEFAULT_OVERRIDE_FILES = [
  'compose.override.yaml',
  'compose.override.yml',
  'docker-compose.override.yml',
  'docker-compose.override.yaml',
];

export function loadComposeProject(options: ComposeLoadOptions): ComposeProject {
  const files = options.files.map((file) => resolve(file));
  const directory = resolve(options.projectDirectory ?? dirname(files[0] ?? '.'));
  const problems: ComposeProblem[] = [];
  const sources: YamlSource[] = [];
  const environment = loadEnvironment(directory, options, problems);
  const lookup = (name: string) => environment[name];
  const loader: Loader = { options, problems, sources, lookup, cache: new Map() };

  let model: Mapping = {};
  for (const file of files) {
    const document = loadFile(loader, file);
    if (document) model = mergeDocuments(model, document);
  }
  model = stripMergeTags(model) as Mapping;
  delete model.version;

  const services: Record<string, Mapping> = {};
  const inactiveServices: string[] = [];
  const active = activeProfiles(options, environment);
  for (const [name, service] of Object.entries(isMapping(model.services) ? model.services : {})) {
    if (!isMapping(service)) continue;
    const profiles = Array.isArray(service.profiles) ? service.profiles.map(String) : [];
    if (profiles.length > 0 && !active.has('*') && !profiles.some((profile) => active.has(profile))) {
      inactiveServices.push(name);
      continue;
    }
    services[name] = normaliseService(service);
  }
  model.services = services;

  const name = normaliseProjectName(
    options.projectName ??
      environment.COMPOSE_PROJECT_NAME ??
      (typeof model.name === 'string' ? model.name : basename(directory)),
  );
  model.name = name;
  return { name, directory, sources, model, services, inactiveServices, environment, problems };
}

interface Loader {
  options: ComposeLoadOptions;
  problems: ComposeProblem[];
  sources: YamlSource[];
  lookup: (name: string) => string | undefined;
  cache: Map<string, { source: YamlSource; value: Mapping } | undefined>;
}

/** Reads, validates and interpolates one file, then applies its `include` and `extends`. */
function loadFile(loader: Loader, file: string, includeChain: string[] = []): Mapping | undefined {
  const parsed = readSource(loader, file);
  if (!parsed) return undefined;
  const { source } = parsed;
  let value = parsed.value;
  if (Array.isArray(value.include)) {
    value = applyIncludes(loader, source, value, includeChain);
  }
  if (isMapping(value.services)) {
    const services: Mapping = {};
    for (const [name, service] of Object.entries(value.services)) {
      services[name] =
        isMapping(service) && service.extends !== undefined
          ? resolveExtends(loader, source, value, name, [])
          : service;
    }
    value = { ...value, services };
  }
  return value;
}

function readSource(loader: Loader, file: string): { source: YamlSource; value: Mapping } | undefined {
  if (loader.cache.has(file)) return loader.cache.get(file);
  let text: string | undefined;
  let refusal: string | undefined;
  try {
    text = loader.options.read(file);
  } catch (thrown) {
    // A reader refuses with an error of ours (a FIFO, a file outside the repository); anything else is a bug.
    if (!(thrown instanceof ShipshapeError)) throw thrown;
    refusal = thrown.message;
  }
  if (text === undefined) {
    loader.problems.push({
      file,
      message: refusal ?? 'no such file',
      level: 'error',
      range: undefined,
      kind: 'structure',
    });
    loader.cache.set(file, undefined);
    return undefined;
  }
  const source = loader.options.parsed?.get(file) ?? parseYaml(text, file);
  loader.sources.push(source);
  for (const problem of source.problems) {
    loader.problems.push({
      file,
      message: problem.message,
      level: 'error',
      range: source.index.range(offsetOf(source, problem.position), offsetOf(source, problem.position)),
      kind: 'syntax',
    });
  }
  if (source.problems.length > 0) {
    loader.cache.set(file, undefined);
    return undefined;
  }
  if (source.value !== undefined && source.value !== null && !isMapping(source.value)) {
    loader.problems.push({
      file,
      message: 'a Compose file must be a mapping at the top level',
      level: 'error',
      range: rangeAt(source, []),
      kind: 'schema',
    });
    loader.cache.set(file, undefined);
    return undefined;
  }
  const issues: InterpolationIssue[] = [];
  const value = interpolate(source.value ?? {}, loader.lookup, issues) as Mapping;
  for (const issue of issues) {
    loader.problems.push({
      file,
      message: issue.message,
      level: issue.level,
      range: rangeAt(source, issue.path),
      kind: 'interpolation',
    });
  }
  const problems = loader.options.validate === false ? [] : validateCompose(stripMergeTags(value));
  for (const problem of problems) {
    loader.problems.push({
      file,
      message: problem.message,
      level: 'error',
      range: rangeAt(source, problem.path, problem.atKey),
      kind: 'schema',
    });
  }
  const result = { source, value };
  loader.cache.set(file, result);
  return result;
}

function applyIncludes(loader: Loader, source: YamlSource, value: Mapping, chain: string[]): Mapping {
  const out: Mapping = { ...value };
  delete out.include;
  const baseDir = dirname(source.path);
  (value.include as unknown[]).forEach((entry, index) => {
    const paths = typeof entry === 'string' ? [entry] : isMapping(entry) ? [entry.path].flat() : [];
    let included: Mapping = {};
    for (const path of paths) {
      const file = resolve(baseDir, String(path));
      if (chain.length >= MAX_INCLUDE_DEPTH) {
        loader.problems.push({
          file: source.path,
          message: `include chain deeper than ${MAX_INCLUDE_DEPTH} files: ${file} not read`,
          level: 'error',
          range: rangeAt(source, ['include', index]),
          kind: 'structure',
        });
        continue;
      }
      if (chain.includes(file) || file === source.path) {
        loader.problems.push({
          file: source.path,
          message: `include cycle through ${file}`,
          level: 'error',
          range: rangeAt(source, ['include', index]),
          kind: 'structure',
        });
        continue;
      }
      const document = loadFile(loader, file, [...chain, source.path]);
      if (document) included = mergeDocuments(included, document);
    }
    // Included resources must not collide with the including file's: Compose refuses, so do we.
    for (const section of ['services', 'volumes', 'networks', 'secrets', 'configs']) {
      const mine = isMapping(out[section]) ? (out[section] as Mapping) : {};
      const theirs = isMapping(included[section]) ? (included[section] as Mapping) : {};
      for (const name of Object.keys(theirs)) {
        if (name in mine) {
          loader.problems.push({
            file: source.path,
            message: `${section}.${name} conflicts with the one imported by include[${index}]`,
            level: 'error',
            range: rangeAt(source, [section, name], true),
            kind: 'structure',
          });
        }
      }
      if (Object.keys(theirs).length) out[section] = { ...theirs, ...mine };
    }
  });
  return out;
}

function resolveExtends(
  loader: Loader,
  source: YamlSource,
  document: Mapping,
  name: string,
  chain: string[],
): Mapping {
  const services = isMapping(document.services) ? document.services : {};
  const service = services[name] as Mapping;
  const key = `${source.path}#${name}`;
  const path: YamlPath = ['services', name, 'extends'];
  if (chain.includes(key)) {
    loader.problems.push({
      file: source.path,
      message: `circular extends through service "${name}"`,
      level: 'error',
      range: rangeAt(source, path),
      kind: 'structure',
    });
    return withoutExtends(service);
  }
  const reference = typeof service.extends === 'string' ? { service: service.extends } : service.extends;
  if (!isMapping(reference)) {
    loader.problems.push({
      file: source.path,
      message: 'extends must name a service (a string, or a mapping with `service:`)',
      level: 'error',
      range: rangeAt(source, path),
      kind: 'structure',
    });
    return withoutExtends(service);
  }
  const baseName = String(reference.service ?? '');
  let baseSource = source;
  let baseDocument = document;
  if (typeof reference.file === 'string') {
    const file = isAbsolute(reference.file) ? reference.file : resolve(dirname(source.path), reference.file);
    const loaded = readSource(loader, file);
    if (!loaded) return withoutExtends(service);
    baseSource = loaded.source;
    baseDocument = loaded.value;
  }
  const baseServices = isMapping(baseDocument.services) ? baseDocument.services : {};
  const base = baseServices[baseName];
  if (!isMapping(base)) {
    loader.problems.push({
      file: source.path,
      message: `extends names service "${baseName}", which is not defined`,
      level: 'error',
      range: rangeAt(source, path),
      kind: 'structure',
    });
    return withoutExtends(service);
  }
  let resolvedBase =
    base.extends !== undefined
      ? resolveExtends(loader, baseSource, baseDocument, baseName, [...chain, key])
      : base;
  if (baseSource !== source)
    resolvedBase = rebasePaths(resolvedBase, dirname(baseSource.path), dirname(source.path));
  return mergeService(withoutExtends(resolvedBase), withoutExtends(service));
}

function withoutExtends(service: Mapping): Mapping {
  const { extends: _dropped, ...rest } = service;
  return rest;
}

/** A service taken from another file keeps its relative paths relative to that file. */
function rebasePaths(service: Mapping, from: string, to: string): Mapping {
  const rebase = (path: string) =>
    isAbsolute(path) || /^[a-z]+:\/\//i.test(path) ? path : relativeTo(join(from, path), to);
  const out = normaliseService(service);
  if (isMapping(out.build) && typeof out.build.context === 'string')
    out.build = { ...out.build, context: rebase(out.build.context) };
  if (typeof out.env_file === 'string') out.env_file = rebase(out.env_file);
  else if (Array.isArray(out.env_file))
    out.env_file = out.env_file.map((item) => (typeof item === 'string' ? rebase(item) : item));
  return out;
}

function relativeTo(path: string, base: string): string {
  const relative = resolve(path).startsWith(`${resolve(base)}/`)
    ? resolve(path).slice(resolve(base).length + 1)
    : resolve(path);
  return relative.startsWith('/') ? relative : `./${relative}`;
}

function loadEnvironment(
  directory: string,
  options: ComposeLoadOptions,
  problems: ComposeProblem[],
): Record<string, string> {
  const shell = options.env ?? {};
  const environment: Record<string, string> = {};
  const envFiles = options.envFiles ?? [join(directory, '.env')];
  for (const file of envFiles) {
    const text = options.read(file);
    if (text === undefined) {
      if (options.envFiles)
        problems.push({
          file,
          message: 'no such env file',
          level: 'error',
          range: undefined,
          kind: 'structure',
        });
      continue;
    }
    for (const entry of parseEnvFile(text, (name) => shell[name] ?? environment[name]))
      environment[entry.key] = entry.value;
  }
  for (const [key, value] of Object.entries(shell)) if (value !== undefined) environment[key] = value;
  return environment;
}

function activeProfiles(options: ComposeLoadOptions, environment: Record<string, string>): Set<string> {
  const fromEnv = (environment.COMPOSE_PROFILES ?? '')
    .split(',')
    .map((profile) => profile.trim())
    .filter(Boolean);
  return new Set([...(options.profiles ?? []), ...fromEnv]);
}

/** Compose project names are lower case letters, digits, `-` and `_`, starting with a letter or digit. */
export function normaliseProjectName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9_-]/g, '')
    .replace(/^[^a-z0-9]+/, '');
}

/**
 * `!reset` and `!override` only matter while merging; the resolved model holds plain values, and so do
 * the rules that read one file: a `!reset` key sets nothing in it.
 */
export function stripMergeTags(value: unknown): unknown {
  if (value instanceof Override) return stripMergeTags(value.value);
  if (Array.isArray(value)) return value.filter((item) => item !== RESET).map(stripMergeTags);
  if (isMapping(value)) {
    const out: Mapping = {};
    for (const [key, item] of Object.entries(value)) if (item !== RESET) out[key] = stripMergeTags(item);
    return out;
  }
  return value;
}

function offsetOf(source: YamlSource, position: Position): number {
  return source.index.lineStart(position.line) + position.column - 1;
}
