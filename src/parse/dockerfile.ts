/**
 * The Dockerfile model every rule and check reads: instructions with exact ranges, flags, exec or shell
 * form, heredocs, stages, ARG/ENV scope and ignore pragmas. Pure: text in, model out; problems (unknown
 * instructions, broken heredocs) are returned as data, never thrown.
 */

import type { ParseProblem } from '../core/errors.js';
import type { LineIndex, Range } from '../core/source.js';
import {
  type Comment,
  type Directive,
  type LogicalLine,
  sourceOffset,
  splitDockerfile,
} from './dockerfile-lines.js';
import { type Expansion, expandWord, splitWords } from './dockerfile-words.js';

export const INSTRUCTIONS = [
  'ADD',
  'ARG',
  'CMD',
  'COPY',
  'ENTRYPOINT',
  'ENV',
  'EXPOSE',
  'FROM',
  'HEALTHCHECK',
  'LABEL',
  'MAINTAINER',
  'ONBUILD',
  'RUN',
  'SHELL',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR',
] as const;
export type Keyword = (typeof INSTRUCTIONS)[number];
const KNOWN = new Set<string>(INSTRUCTIONS);

/** Build arguments BuildKit defines on its own; usable after `ARG NAME` without a default. */
export const AUTOMATIC_ARGS = [
  'TARGETPLATFORM',
  'TARGETOS',
  'TARGETARCH',
  'TARGETVARIANT',
  'BUILDPLATFORM',
  'BUILDOS',
  'BUILDARCH',
  'BUILDVARIANT',
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'FTP_PROXY',
  'NO_PROXY',
  'ALL_PROXY',
  'http_proxy',
  'https_proxy',
  'ftp_proxy',
  'no_proxy',
  'all_proxy',
];

export interface Word {
  /** As written, quotes included. */
  raw: string;
  range: Range;
}

export interface Flag {
  name: string;
  /** Undefined for a bare `--link`. */
  value: string | undefined;
  range: Range;
}

export interface KeyValue {
  key: string;
  /** Raw value (quotes kept); undefined for `ARG NAME` without default. */
  value: string | undefined;
  range: Range;
}

export interface Heredoc {
  name: string;
  content: string;
  expand: boolean;
  stripTabs: boolean;
  range: Range;
}

export interface Instruction {
  keyword: Keyword;
  /** The keyword as written (`from`, `Run`), for casing rules. */
  keywordText: string;
  keywordRange: Range;
  /** From the keyword to the end of the logical line, heredoc bodies included. */
  range: Range;
  /** The logical text after the keyword: continuations joined, inner comments and blank lines dropped. */
  argsText: string;
  argsRange: Range;
  flags: Flag[];
  /** Words after the flags. */
  args: Word[];
  /** The text after the flags (the command of RUN, CMD, ENTRYPOINT, HEALTHCHECK CMD, ONBUILD's trigger). */
  rest: string;
  restRange: Range;
  /** Exec (JSON) form, when the rest is a JSON array of strings. */
  exec: string[] | undefined;
  heredocs: Heredoc[];
  /** Key/value pairs for ENV, LABEL and ARG. `legacyForm` is `ENV key value` without `=`. */
  pairs: KeyValue[];
  legacyForm: boolean;
  /** The stage this instruction belongs to; -1 for ARGs before the first FROM. */
  stage: number;
  /** Rule ids or aliases silenced for this instruction by the comments right above it. */
  ignores: string[];
  /** On a FROM: ids silenced for the whole stage (`# hadolint stage ignore=`, `# shipshape-ignore-stage`). */
  stageIgnores: string[];
  /** For ONBUILD: the trigger instruction. */
  trigger: Instruction | undefined;
  /** Source lines of empty continuation lines inside this instruction. */
  emptyContinuationLines: number[];
  /** Maps an offset in `argsText` to a source offset. */
  sourceOffsetOf(argsOffset: number, asEnd?: boolean): number;
}

export interface Stage {
  index: number;
  /** As written after AS; undefined when unnamed. Stage names compare case-insensitively. */
  name: string | undefined;
  nameRange: Range | undefined;
  from: Instruction;
  /** Base image as written (`${BASE}`) and as expanded with the global ARGs. */
  baseImage: string;
  baseImageExpanded: string;
  /** Index of the earlier stage this one builds on (`FROM build AS test`), if any. */
  parentStage: number | undefined;
  platform: string | undefined;
  instructions: Instruction[];
}

export interface DockerfileModel {
  path: string;
  text: string;
  index: LineIndex;
  escape: '\\' | '`';
  directives: Directive[];
  comments: Comment[];
  instructions: Instruction[];
  stages: Stage[];
  globalArgs: Instruction[];
  /** Ids silenced for the whole file (`# hadolint global ignore=`, `# shipshape-ignore-file`). */
  fileIgnores: string[];
  problems: ParseProblem[];
}

export function parseDockerfile(text: string, path = 'Dockerfile'): DockerfileModel {
  const split = splitDockerfile(text);
  const { index, escape: escapeChar } = split;
  const problems = [...split.problems];
  const instructions: Instruction[] = [];
  for (const line of split.lines) {
    const instruction = buildInstruction(line, index, escapeChar, problems);
    if (instruction) instructions.push(instruction);
  }
  attachIgnores(instructions, split.comments);
  const { stages, globalArgs } = buildStages(instructions, escapeChar, problems);
  return {
    path,
    text,
    index,
    escape: escapeChar,
    directives: split.directives,
    comments: split.comments,
    instructions,
    stages,
    globalArgs,
    fileIgnores: fileIgnores(split.comments),
    problems,
  };
}

function buildInstruction(
  line: LogicalLine,
  index: LineIndex,
  escapeChar: string,
  problems: ParseProblem[],
  textOverride?: { text: string; offset: number },
): Instruction | undefined {
  const text = textOverride ? textOverride.text : line.text;
  const base = textOverride ? textOverride.offset : 0;
  const toSource = (logical: number, asEnd = false) => sourceOffset(line, base + logical, asEnd);
  const range = (from: number, to: number) => index.range(toSource(from), toSource(to, true));

  const keywordMatch = /^(\s*)(\S+)/.exec(text);
  if (!keywordMatch) return undefined;
  const keywordText = keywordMatch[2] as string;
  const keywordStart = (keywordMatch[1] as string).length;
  const keywordEnd = keywordStart + keywordText.length;
  const keyword = keywordText.toUpperCase();
  if (!KNOWN.has(keyword)) {
    problems.push({
      message: `unknown instruction: ${keywordText}`,
      position: index.position(toSource(keywordStart)),
    });
    return undefined;
  }

  const argsStart = keywordEnd + (/^\s*/.exec(text.slice(keywordEnd))?.[0].length ?? 0);
  const argsText = text.slice(argsStart);
  const words = splitWords(argsText, escapeChar, argsStart);

  const flags: Flag[] = [];
  let restStart = argsStart;
  // BuildKit reads leading `--name[=value]` words as flags on every instruction, except a command's own.
  if (keyword !== 'ONBUILD') {
    for (const word of words) {
      if (!word.raw.startsWith('--')) break;
      const eq = word.raw.indexOf('=');
      const name = eq < 0 ? word.raw.slice(2) : word.raw.slice(2, eq);
      const value = eq < 0 ? undefined : word.raw.slice(eq + 1);
      flags.push({ name, value, range: range(word.start, word.end) });
      restStart = word.end;
    }
  }
  restStart += /^\s*/.exec(text.slice(restStart))?.[0].length ?? 0;
  const rest = text.slice(restStart).replace(/\s+$/, '');
  const args = words
    .filter((word) => word.start >= restStart)
    .map((word) => ({ raw: word.raw, range: range(word.start, word.end) }));

  const instruction: Instruction = {
    keyword: keyword as Keyword,
    keywordText,
    keywordRange: range(keywordStart, keywordEnd),
    range: index.range(toSource(keywordStart), textOverride ? toSource(text.length, true) : line.endOffset),
    argsText,
    argsRange: range(argsStart, text.length),
    flags,
    args,
    rest,
    restRange: range(restStart, restStart + rest.length),
    exec: execForm(keyword, rest),
    heredocs: line.heredocs.map((body) => ({
      name: body.name,
      content: body.content,
      expand: body.expand,
      stripTabs: body.stripTabs,
      range: index.range(body.contentStart, body.contentEnd),
    })),
    pairs: [],
    legacyForm: false,
    stage: -1,
    ignores: [],
    stageIgnores: [],
    trigger: undefined,
    emptyContinuationLines: line.emptyContinuationLines,
    sourceOffsetOf: (offset, asEnd) => toSource(argsStart + offset, asEnd),
  };

  if (keyword === 'ENV' || keyword === 'LABEL' || keyword === 'ARG') {
    const { pairs, legacy } = keyValuePairs(keyword, args, rest, range, restStart, escapeChar);
    instruction.pairs = pairs;
    instruction.legacyForm = legacy;
  }
  if (keyword === 'ONBUILD') {
    // ONBUILD FROM/ONBUILD/MAINTAINER are reported by the onbuild-trigger rule, not parsed as triggers.
    if (rest && !/^(ONBUILD|FROM|MAINTAINER)\b/i.test(rest)) {
      instruction.trigger = buildInstruction(line, index, escapeChar, problems, {
        text: rest,
        offset: base + restStart,
      });
    }
  }
  return instruction;
}

const EXEC_FORM_KEYWORDS = new Set(['CMD', 'ENTRYPOINT', 'RUN', 'SHELL', 'COPY', 'ADD', 'VOLUME']);

/** The JSON array form, as Docker reads it: valid JSON, an array, only strings. Anything else is shell form. */
function execForm(keyword: string, rest: string): string[] | undefined {
  let candidate = rest;
  if (keyword === 'HEALTHCHECK') {
    const match = /^CMD\s+(.*)$/is.exec(rest);
    if (!match) return undefined;
    candidate = match[1] as string;
  } else if (!EXEC_FORM_KEYWORDS.has(keyword)) {
    return undefined;
  }
  if (!candidate.startsWith('[')) return undefined;
  try {
    const parsed: unknown = JSON.parse(candidate);
    if (Array.isArray(parsed) && parsed.every((item) => typeof item === 'string')) return parsed;
  } catch {
    // not JSON: Docker runs it in a shell
  }
  return undefined;
}

function keyValuePairs(
  keyword: string,
  args: Word[],
  rest: string,
  range: (from: number, to: number) => Range,
  restStart: number,
  escapeChar: string,
): { pairs: KeyValue[]; legacy: boolean } {
  const first = args[0];
  if (!first) return { pairs: [], legacy: false };
  // `ENV key value with spaces`: the legacy form has no `=` in its first word and takes the rest as value.
  if (keyword !== 'ARG' && !first.raw.includes('=')) {
    const valueText = rest.slice(first.raw.length).trim();
    return {
      pairs: [{ key: first.raw, value: valueText, range: range(restStart, restStart + rest.length) }],
      legacy: true,
    };
  }
  const pairs: KeyValue[] = [];
  for (const word of splitWords(rest, escapeChar, restStart)) {
    const eq = word.raw.indexOf('=');
    const key = eq < 0 ? word.raw : word.raw.slice(0, eq);
    pairs.push({
      key: unquote(key),
      value: eq < 0 ? undefined : word.raw.slice(eq + 1),
      range: range(word.start, word.end),
    });
  }
  return { pairs, legacy: false };
}

function unquote(text: string): string {
  return /^(["']).*\1$/.test(text) ? text.slice(1, -1) : text;
}

const HADOLINT_IGNORE = /^hadolint\s+ignore\s*=\s*(.+)$/i;
const SHIPSHAPE_IGNORE = /^shipshape-ignore\s+(.+)$/i;
const HADOLINT_STAGE = /^hadolint\s+stage\s+ignore\s*=\s*(.+)$/i;
const SHIPSHAPE_STAGE = /^shipshape-ignore-stage\s+(.+)$/i;
const HADOLINT_GLOBAL = /^hadolint\s+global\s+ignore\s*=\s*(.+)$/i;
const SHIPSHAPE_FILE = /^shipshape-ignore-file\s+(.+)$/i;

function ids(list: string): string[] {
  return list
    .split(/[\s,]+/)
    .map((id) => id.trim())
    .filter(Boolean);
}

/**
 * A hadolint pragma's list, read as hadolint reads it: every entry a rule code (DL3008, SC2086) or a
 * shipshape id (apt-pin-versions); one entry that is neither (`crazy`) makes hadolint drop the whole
 * pragma, so it silences nothing here either. A trailing `# comment` is allowed.
 */
function hadolintIds(list: string): string[] {
  const found = ids(list.replace(/\s#.*$/, ''));
  return found.every((id) => /^(DL|SC)\d+$/.test(id) || /^[a-z][a-z0-9]*(-[a-z0-9]+)+$/.test(id))
    ? found
    : [];
}

function pragmaIds(text: string, hadolint: RegExp, shipshape: RegExp): string[] {
  const fromHadolint = hadolint.exec(text);
  if (fromHadolint) return hadolintIds(fromHadolint[1] as string);
  const fromShipshape = shipshape.exec(text);
  return fromShipshape ? ids(fromShipshape[1] as string) : [];
}

/** A pragma applies to the instruction right below it: the run of comment lines directly above. */
function attachIgnores(instructions: Instruction[], comments: Comment[]): void {
  const byLine = new Map<number, Comment>();
  for (const comment of comments) if (!comment.insideInstruction) byLine.set(comment.line, comment);
  for (const instruction of instructions) {
    for (let line = instruction.range.start.line - 1; byLine.has(line); line--) {
      const text = (byLine.get(line) as Comment).text;
      instruction.ignores.push(...pragmaIds(text, HADOLINT_IGNORE, SHIPSHAPE_IGNORE));
      if (instruction.keyword === 'FROM')
        instruction.stageIgnores.push(...pragmaIds(text, HADOLINT_STAGE, SHIPSHAPE_STAGE));
    }
  }
}

function fileIgnores(comments: Comment[]): string[] {
  const found: string[] = [];
  for (const comment of comments) {
    found.push(...pragmaIds(comment.text, HADOLINT_GLOBAL, SHIPSHAPE_FILE));
  }
  return found;
}

function buildStages(
  instructions: Instruction[],
  escapeChar: string,
  problems: ParseProblem[],
): { stages: Stage[]; globalArgs: Instruction[] } {
  const stages: Stage[] = [];
  const globalArgs: Instruction[] = [];
  const globalScope = globalArgScope([]);
  for (const instruction of instructions) {
    if (instruction.keyword === 'FROM') {
      const [image, as, name] = instruction.args;
      if (!image) {
        problems.push({
          message: 'FROM requires the name of a base image',
          position: instruction.range.start,
        });
      }
      const hash = instruction.args.find((word) => word.raw.startsWith('#'));
      if (hash) {
        problems.push({
          message: "'#' after FROM is not a comment: put the comment on its own line",
          position: hash.range.start,
        });
      } else if (as && (as.raw.toUpperCase() !== 'AS' || !name || instruction.args.length > 3)) {
        problems.push({ message: 'FROM takes an image and an optional AS <name>', position: as.range.start });
      }
      const baseImage = image?.raw ?? '';
      const baseImageExpanded = expandWord(baseImage, globalScope, escapeChar).value;
      const parent = stages.find(
        (stage) => stage.name && stage.name.toLowerCase() === baseImageExpanded.toLowerCase(),
      );
      stages.push({
        index: stages.length,
        name: name?.raw,
        nameRange: name?.range,
        from: instruction,
        baseImage,
        baseImageExpanded,
        parentStage: parent?.index,
        platform: instruction.flags.find((flag) => flag.name === 'platform')?.value,
        instructions: [instruction],
      });
      instruction.stage = stages.length - 1;
      continue;
    }
    const current = stages[stages.length - 1];
    if (!current) {
      if (instruction.keyword === 'ARG') {
        globalArgs.push(instruction);
        for (const pair of instruction.pairs) {
          globalScope.define(
            pair.key,
            pair.value === undefined ? undefined : expandWord(pair.value, globalScope, escapeChar).value,
          );
        }
      }
      // Any other instruction before the first FROM stays in the model with stage -1: Docker refuses the
      // file, and the instruction-order rule (hadolint's DL3061) says so with its exact range.
      continue;
    }
    instruction.stage = current.index;
    current.instructions.push(instruction);
  }
  return { stages, globalArgs };
}

interface Scope {
  (name: string): string | undefined;
  define(name: string, value: string | undefined): void;
  has(name: string): boolean;
}

function globalArgScope(initial: Array<[string, string | undefined]>): Scope {
  const values = new Map<string, string | undefined>(initial);
  const lookup = ((name: string) => values.get(name)) as Scope;
  lookup.define = (name, value) => values.set(name, value);
  lookup.has = (name) => values.has(name);
  return lookup;
}

/**
 * The variables visible to an instruction, as BuildKit resolves them: the stage's ENV (inherited from a
 * parent stage), its ARGs (a bare `ARG NAME` takes the global default or BuildKit's automatic value), and
 * `buildArgs` given on the command line. Variables declared after the instruction are not visible.
 */
export function variablesAt(
  model: DockerfileModel,
  instruction: Instruction,
  buildArgs: Record<string, string> = {},
): Map<string, string | undefined> {
  const globals = new Map<string, string | undefined>();
  for (const arg of model.globalArgs) {
    for (const pair of arg.pairs) {
      const lookup = (name: string) => buildArgs[name] ?? globals.get(name);
      globals.set(
        pair.key,
        buildArgs[pair.key] ??
          (pair.value === undefined ? undefined : expandWord(pair.value, lookup, model.escape).value),
      );
    }
  }
  if (instruction.stage < 0) {
    const visible = new Map<string, string | undefined>();
    for (const arg of model.globalArgs) {
      if (arg === instruction) break;
      for (const pair of arg.pairs) visible.set(pair.key, globals.get(pair.key));
    }
    return visible;
  }
  if (instruction.keyword === 'FROM') return globals;
  const stage = model.stages[instruction.stage] as Stage;
  const scope =
    stage.parentStage === undefined
      ? new Map<string, string | undefined>()
      : stageEnv(model, model.stages[stage.parentStage] as Stage, buildArgs);
  for (const current of stage.instructions) {
    if (current === instruction) break;
    applyDeclaration(model, current, scope, globals, buildArgs);
  }
  return scope;
}

/**
 * Every instruction of a stage with the variables visible to it, in one pass. The map is updated in
 * place as the walk goes on, so read it before asking for the next instruction. Calling `variablesAt`
 * for each instruction instead replays the stage from its start every time: quadratic in its length.
 */
export function* stageScopes(
  model: DockerfileModel,
  stage: Stage,
  buildArgs: Record<string, string> = {},
): Generator<[Instruction, ReadonlyMap<string, string | undefined>]> {
  const globals = variablesAt(model, stage.from, buildArgs);
  const scope =
    stage.parentStage === undefined
      ? new Map<string, string | undefined>()
      : stageEnv(model, model.stages[stage.parentStage] as Stage, buildArgs);
  for (const instruction of stage.instructions) {
    yield [instruction, instruction.keyword === 'FROM' ? globals : scope];
    applyDeclaration(model, instruction, scope, globals, buildArgs);
  }
}

function stageEnv(
  model: DockerfileModel,
  stage: Stage,
  buildArgs: Record<string, string>,
): Map<string, string | undefined> {
  const globals = variablesAt(model, stage.from, buildArgs);
  const scope =
    stage.parentStage === undefined
      ? new Map<string, string | undefined>()
      : stageEnv(model, model.stages[stage.parentStage] as Stage, buildArgs);
  const inherited = new Map(scope);
  const args = new Set<string>();
  const envs = new Set<string>();
  for (const instruction of stage.instructions) {
    if (instruction.keyword === 'ARG') for (const pair of instruction.pairs) args.add(pair.key);
    if (instruction.keyword === 'ENV') for (const pair of instruction.pairs) envs.add(pair.key);
    applyDeclaration(model, instruction, scope, globals, buildArgs);
  }
  // ARGs end with their stage; ENV carries into stages built on it, also when an ARG shares its name.
  for (const name of args) {
    if (envs.has(name)) continue;
    if (inherited.has(name)) scope.set(name, inherited.get(name));
    else scope.delete(name);
  }
  return scope;
}

function applyDeclaration(
  model: DockerfileModel,
  instruction: Instruction,
  scope: Map<string, string | undefined>,
  globals: Map<string, string | undefined>,
  buildArgs: Record<string, string>,
): void {
  const lookup = (name: string) => scope.get(name);
  if (instruction.keyword === 'ENV') {
    for (const pair of instruction.pairs) {
      scope.set(pair.key, expandWord(pair.value ?? '', lookup, model.escape).value);
    }
  } else if (instruction.keyword === 'ARG') {
    for (const pair of instruction.pairs) {
      if (buildArgs[pair.key] !== undefined) scope.set(pair.key, buildArgs[pair.key]);
      else if (pair.value !== undefined)
        scope.set(pair.key, expandWord(pair.value, lookup, model.escape).value);
      else if (globals.has(pair.key)) scope.set(pair.key, globals.get(pair.key));
      else if (AUTOMATIC_ARGS.includes(pair.key)) scope.set(pair.key, automaticArgValue(pair.key));
      else scope.set(pair.key, undefined);
    }
  }
}

/** A plausible value for BuildKit's automatic args on the common linux/amd64 builder. */
function automaticArgValue(name: string): string | undefined {
  const values: Record<string, string> = {
    TARGETPLATFORM: 'linux/amd64',
    TARGETOS: 'linux',
    TARGETARCH: 'amd64',
    TARGETVARIANT: '',
    BUILDPLATFORM: 'linux/amd64',
    BUILDOS: 'linux',
    BUILDARCH: 'amd64',
    BUILDVARIANT: '',
  };
  return values[name];
}

/** Expands a word of an instruction with the variables visible to it. */
export function expandAt(
  model: DockerfileModel,
  instruction: Instruction,
  raw: string,
  buildArgs: Record<string, string> = {},
): Expansion {
  const scope = variablesAt(model, instruction, buildArgs);
  return expandWord(raw, (name) => scope.get(name), model.escape);
}

/** The stage a `--from=` or FROM names: a stage name, a stage index, or undefined for an image. */
export function resolveStage(model: DockerfileModel, reference: string): Stage | undefined {
  const lower = reference.toLowerCase();
  const byName = model.stages.find((stage) => stage.name?.toLowerCase() === lower);
  if (byName) return byName;
  if (/^\d+$/.test(reference)) return model.stages[Number(reference)];
  return undefined;
}

/** A stage and the stages it is built FROM, itself first: everything whose files it carries. */
export function stageLineage(model: DockerfileModel, stage: Stage): Stage[] {
  const lineage = [stage];
  for (let current = stage; current.parentStage !== undefined; ) {
    current = model.stages[current.parentStage] as Stage;
    lineage.push(current);
  }
  return lineage;
}

/** The final stage is the one `docker build` produces without `--target`. */
export function finalStage(model: DockerfileModel): Stage | undefined {
  return model.stages[model.stages.length - 1];
}
