/** Finds and reads the lint configuration: `--config`, else the nearest one from the working directory up. */

import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from '../core/errors.js';
import type { FileSystem } from '../io/file-system.js';
import { parseYaml } from '../parse/yaml-source.js';
import { configSchemaProblem } from './config-schema.js';
import { DEFAULT_CONFIG, type LintConfig, parseHadolintConfig, parseShipshapeConfig } from './settings.js';

const NAMES = ['.shipshape.yaml', '.shipshape.yml', '.hadolint.yaml', '.hadolint.yml'];

export interface LoadedConfig {
  config: LintConfig;
  directory: string;
  path: string | undefined;
}

export function loadLintConfig(fs: FileSystem, cwd: string, explicit?: string): LoadedConfig {
  if (explicit) {
    const path = resolve(cwd, explicit);
    const text = fs.readFile(path);
    if (text === undefined) throw new InputError('no such configuration file', explicit);
    return { config: parse(text, path), directory: dirname(path), path };
  }
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const name of NAMES) {
      const path = join(dir, name);
      const text = fs.readFile(path);
      if (text !== undefined) return { config: parse(text, path), directory: dir, path };
    }
    if (dirname(dir) === dir) break;
  }
  return { config: DEFAULT_CONFIG, directory: resolve(cwd), path: undefined };
}

/** Checked against its JSON Schema first, so a wrong type is reported where it is, not as a vague later failure. */
function parse(text: string, path: string): LintConfig {
  const dialect = basename(path).startsWith('.hadolint') ? 'hadolint' : 'shipshape';
  const source = parseYaml(text, path);
  const syntax = source.problems[0];
  if (syntax) throw new InputError(syntax.message, path, syntax.position);
  const problem = configSchemaProblem(source, dialect);
  if (problem) throw new InputError(problem.message, path, problem.position);
  return dialect === 'hadolint' ? parseHadolintConfig(text, path) : parseShipshapeConfig(text, path);
}
