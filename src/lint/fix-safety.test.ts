/**
 * The fix contract as a property, over every Dockerfile and Compose file of the fixtures and of the real
 * projects in ../shared/realworld (read at test time; skipped when absent): `--fix` leaves a file that
 * parses, means what it meant (its parsed instructions and values compared, not its text), and a second
 * `--fix` changes nothing.
 */

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stripMergeTags } from '../parse/compose.js';
import { interpolate } from '../parse/compose-interpolate.js';
import { type Instruction, parseDockerfile } from '../parse/dockerfile.js';
import { runScripts } from '../parse/dockerfile-shell.js';
import { expandWord } from '../parse/dockerfile-words.js';
import { parseYaml } from '../parse/yaml-source.js';
import { classify } from './discover.js';
import { fixToFixpoint, lintComposeText, lintDockerfileText } from './engine.js';

const fixturesDir = new URL('../../test/fixtures/', import.meta.url).pathname;
const realworldDir = new URL('../../../../shared/realworld/', import.meta.url).pathname;

function* files(dir: string): Generator<string> {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== '.git') yield* files(path);
    } else if (entry.isFile()) {
      const kind = classify(path);
      if (kind === 'dockerfile' || kind === 'compose') yield path;
    }
  }
}

/** What an instruction means, with the spellings the fixes are allowed to change normalised away. */
function dockerfileMeaning(text: string): unknown[] {
  const model = parseDockerfile(text);
  const unquote = (raw: string) => expandWord(raw, () => undefined, model.escape).value;
  return model.instructions.map((instruction: Instruction) => {
    const keyword =
      instruction.keyword === 'ADD' || instruction.keyword === 'COPY' ? 'COPY|ADD' : instruction.keyword;
    const flags = instruction.flags
      .filter((flag) => !(flag.name === 'platform' && flag.value === '$TARGETPLATFORM'))
      .map((flag) => `${flag.name}=${flag.value ?? ''}`)
      .sort();
    if (instruction.keyword === 'MAINTAINER')
      return { keyword: 'LABEL', pairs: [['maintainer', instruction.rest]] };
    if (['ENV', 'LABEL', 'ARG'].includes(instruction.keyword))
      return {
        keyword,
        pairs: instruction.pairs.map((pair) => [
          unquote(pair.key),
          pair.value === undefined ? undefined : unquote(pair.value),
        ]),
      };
    if (instruction.keyword === 'RUN' || instruction.keyword === 'ONBUILD') {
      // Fixes add flags and commands (-y, --no-cache, && rm -rf ...), never remove or reorder programs.
      const programs = runScripts(instruction).flatMap((script) =>
        script.script.commands.map((c) => c.program),
      );
      return { keyword, flags, programs };
    }
    // A HEALTHCHECK's exec form is the array after its CMD, which its shell form has among its words.
    const exec =
      instruction.exec && instruction.keyword === 'HEALTHCHECK'
        ? ['CMD', ...instruction.exec]
        : instruction.exec;
    const words = exec ?? instruction.args.map((word) => unquote(word.raw));
    return {
      keyword,
      flags,
      words: words.map((word) => word.replace(/\/+$/, '').toLowerCase()),
    };
  });
}

function sameDockerfileMeaning(before: string, after: string): void {
  const was = dockerfileMeaning(before) as Array<Record<string, unknown>>;
  const now = dockerfileMeaning(after) as Array<Record<string, unknown>>;
  expect(now.length).toBe(was.length);
  for (const [i, instruction] of was.entries()) {
    const fixed = now[i] as Record<string, unknown>;
    if (instruction.programs) {
      expect(fixed.keyword).toBe(instruction.keyword);
      expect(fixed.flags).toEqual(instruction.flags);
      const added = [...(fixed.programs as unknown[])];
      for (const program of instruction.programs as unknown[]) {
        const at = added.indexOf(program);
        expect(at, `program ${String(program)} kept in order`).toBeGreaterThanOrEqual(0);
        added.splice(0, at + 1);
      }
    } else expect(fixed).toEqual(instruction);
  }
}

function composeMeaning(text: string): unknown {
  const source = parseYaml(text, 'compose.yaml');
  expect(source.problems).toEqual([]);
  const value = stripMergeTags(interpolate(source.value ?? {}, () => undefined, [])) as Record<
    string,
    unknown
  >;
  // compose-no-version removes the obsolete key Compose ignores.
  const { version: _ignored, ...rest } = value ?? {};
  return rest;
}

const corpus = [...files(fixturesDir), ...files(realworldDir)];

describe('--fix keeps meaning and converges', () => {
  it('has files to check', () => {
    expect(corpus.length).toBeGreaterThan(50);
  });

  for (const path of corpus) {
    const name = path.startsWith(realworldDir)
      ? `realworld/${path.slice(realworldDir.length)}`
      : path.slice(fixturesDir.length);
    it(name, () => {
      const text = readFileSync(path, 'utf8');
      if (classify(path) === 'compose') {
        const lint = (t: string) => lintComposeText(t, path, {});
        if (lint(text).problems.length) return; // not a Compose file the linter can read: nothing to fix
        const once = fixToFixpoint(text, lint, { suggestions: true });
        expect(once.lint.problems).toEqual([]);
        expect(composeMeaning(once.text)).toEqual(composeMeaning(text));
        expect(fixToFixpoint(once.text, lint, { suggestions: true }).text).toBe(once.text);
        return;
      }
      const lint = (t: string) => lintDockerfileText(t, path, {});
      if (lint(text).problems.length) return;
      // Without suggestions: --fix alone must keep the meaning exactly as compared above.
      const once = fixToFixpoint(text, lint);
      expect(once.lint.problems).toEqual([]);
      sameDockerfileMeaning(text, once.text);
      expect(fixToFixpoint(once.text, lint).text).toBe(once.text);
    });
  }
});
