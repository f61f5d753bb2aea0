/**
 * The lint configuration's JSON Schemas (schemas/shipshape-config*.json, the same files editors read) applied
 * with Ajv, and each violation traced back to the YAML node it concerns, so the message carries line:col.
 * The validators are generated at build time (scripts/compile-schemas.mjs); from source they compile on first use.
 */

import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { decodeJsonPointer } from '../core/json-pointer.js';
import type { Position } from '../core/source.js';
import { rangeAt, type YamlPath, type YamlSource } from '../parse/yaml-source.js';

const require = createRequire(import.meta.url);

export type ConfigDialect = 'shipshape' | 'hadolint';

const SCHEMA_FILE: Record<ConfigDialect, string> = {
  shipshape: 'shipshape-config.schema.json',
  hadolint: 'shipshape-config-hadolint.schema.json',
};

const validators = new Map<ConfigDialect, ValidateFunction>();

function validatorFor(dialect: ConfigDialect): ValidateFunction {
  const cached = validators.get(dialect);
  if (cached) return cached;
  const generated = new URL(`../generated/config-${dialect}-validator.cjs`, import.meta.url);
  let validate: ValidateFunction;
  if (existsSync(generated)) {
    const loaded = require(generated.pathname) as ValidateFunction | { default: ValidateFunction };
    validate = typeof loaded === 'function' ? loaded : loaded.default;
  } else {
    const Ajv = require('ajv').default;
    validate = new Ajv({ allErrors: true }).compile(require(`../../schemas/${SCHEMA_FILE[dialect]}`));
  }
  validators.set(dialect, validate);
  return validate;
}

export interface ConfigProblem {
  message: string;
  position: Position;
}

/** The one violation most worth showing (the deepest), or undefined when the file fits the schema. */
export function configSchemaProblem(source: YamlSource, dialect: ConfigDialect): ConfigProblem | undefined {
  const validate = validatorFor(dialect);
  if (validate(source.value ?? {})) return undefined;
  const error = mostSpecific(validate.errors ?? []);
  if (!error) return undefined;
  const path = decodeJsonPointer(error.instancePath);
  let message = error.message ?? 'is invalid';
  let atKey = false;
  if (error.keyword === 'additionalProperties') {
    const name = (error.params as { additionalProperty: string }).additionalProperty;
    path.push(name);
    message = 'is not a known setting';
    atKey = true;
  } else if (error.keyword === 'enum') {
    const allowed = (error.params as { allowedValues: unknown[] }).allowedValues;
    message = `must be one of ${allowed.map(String).join(', ')}, not ${JSON.stringify(valueAt(source.value, path))}`;
  } else if (error.keyword === 'required') {
    message = `needs \`${(error.params as { missingProperty: string }).missingProperty}\``;
  }
  return { message: `${describe(path)} ${message}`, position: rangeAt(source, path, atKey).start };
}

// Ajv reports every failed branch of an anyOf (string, or a list of strings); the deepest error names the
// element that is wrong, which is what a person fixes.
function mostSpecific(errors: ErrorObject[]): ErrorObject | undefined {
  const depth = (error: ErrorObject) => (error.instancePath ? error.instancePath.split('/').length : 0);
  return [...errors].filter((error) => error.keyword !== 'anyOf').sort((a, b) => depth(b) - depth(a))[0];
}

function valueAt(value: unknown, path: YamlPath): unknown {
  let current = value;
  for (const segment of path) current = (current as Record<string | number, unknown> | undefined)?.[segment];
  return current;
}

function describe(path: Array<string | number>): string {
  if (path.length === 0) return 'the configuration';
  const dotted = path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${part}`)).join('');
  return `\`${dotted.replace(/^\./, '')}\``;
}
