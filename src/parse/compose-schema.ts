/**
 * Validation against the Compose Specification JSON schema (JSON Schema 2020-12, Ajv). The validator is
 * generated at build time (scripts/compile-schemas.mjs); running from source compiles it on first use.
 */

import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { decodeJsonPointer } from '../core/json-pointer.js';

const require = createRequire(import.meta.url);
let validator: ValidateFunction | undefined;

function loadValidator(): ValidateFunction {
  if (validator) return validator;
  const generated = new URL('../generated/compose-validator.cjs', import.meta.url);
  if (existsSync(generated)) {
    const loaded = require(generated.pathname) as ValidateFunction | { default: ValidateFunction };
    validator = typeof loaded === 'function' ? loaded : loaded.default;
  } else {
    const Ajv2020 = require('ajv/dist/2020').default;
    const { composeSchema, ajvOptions } = require('../../schemas/compose-schema-source.cjs');
    validator = new Ajv2020(ajvOptions()).compile(composeSchema()) as ValidateFunction;
  }
  return validator;
}

export interface SchemaProblem {
  /** Path into the document, e.g. `['services', 'web', 'ports', 0]`. */
  path: Array<string | number>;
  message: string;
  /** True when the message names a key (an unknown property), so the key's range is the right one to show. */
  atKey: boolean;
}

export function validateCompose(value: unknown): SchemaProblem[] {
  const validate = loadValidator();
  if (validate(value ?? {})) return [];
  return summarise(validate.errors ?? []);
}

/**
 * Ajv reports every branch of a `oneOf` that failed; a user wants the one most specific error per place.
 * Keep the deepest errors, drop the `oneOf`/`anyOf` wrappers when something deeper explains them.
 */
function summarise(errors: ErrorObject[]): SchemaProblem[] {
  const problems = new Map<string, SchemaProblem>();
  const deepest = [...errors].sort((a, b) => b.instancePath.length - a.instancePath.length);
  for (const error of deepest) {
    const path = decodeJsonPointer(error.instancePath);
    let message = error.message ?? 'is invalid';
    let atKey = false;
    if (error.keyword === 'additionalProperties') {
      const name = (error.params as { additionalProperty: string }).additionalProperty;
      path.push(name);
      message = `additional property '${name}' is not allowed`;
      atKey = true;
    } else if (error.keyword === 'required') {
      message = `missing required property '${(error.params as { missingProperty: string }).missingProperty}'`;
    } else if (error.keyword === 'enum') {
      message = `must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    }
    const key = path.join('\u0000');
    const covered = [...problems.keys()].some((existing) => existing.startsWith(key) && existing !== key);
    if (problems.has(key) || ((error.keyword === 'oneOf' || error.keyword === 'anyOf') && covered)) continue;
    if (covered && error.keyword === 'type') continue;
    problems.set(key, { path, message: `${describe(path)} ${message}`, atKey });
  }
  return [...problems.values()];
}

function describe(path: Array<string | number>): string {
  if (path.length === 0) return 'the file';
  return path
    .map((part) => (typeof part === 'number' ? `[${part}]` : part))
    .join('.')
    .replace(/\.\[/g, '[');
}
