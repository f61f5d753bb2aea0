/**
 * Simple commands inside a shell script, so a rule can ask "which `apt-get install` runs here, with which
 * flags, joined to the last command by what". Parsing is `mvdan-sh` (a real POSIX/Bash parser, about
 * 20,000 short commands a second here); this module flattens its tree into a list of commands.
 */

import type { default as MvdanSh, ShParseError } from 'mvdan-sh';
import { MAX_SHELL_DEPTH, MAX_SHELL_SCRIPT_BYTES } from '../core/limits.js';
import { requireWithCodeCache } from './compile-cache.js';
import {
  byteOffsets,
  childNodes,
  type GoValue,
  goItems,
  goString,
  goValueOf,
  nodeType,
} from './gopherjs-tree.js';

type Syntax = (typeof MvdanSh)['syntax'];
let loaded: { syntax: Syntax; parser: ReturnType<Syntax['NewParser']> } | undefined;

/**
 * mvdan-sh is a large GopherJS bundle: loading it costs about 97 ms, 30 ms through V8's code cache
 * (src/parse/compile-cache.ts). It is required on first use, so a run that parses no shell (Compose files)
 * never pays.
 */
function shellParser() {
  if (!loaded) {
    const { syntax } = requireWithCodeCache('mvdan-sh', import.meta.url) as typeof MvdanSh;
    loaded = {
      syntax,
      parser: syntax.NewParser(syntax.KeepComments(false), syntax.Variant(syntax.LangBash)),
    };
  }
  return loaded;
}

export type Connector = '&&' | '||' | ';' | '|' | '|&';

export interface ShellWord {
  /** As written. */
  raw: string;
  /** The literal value with quotes removed, or undefined when it depends on expansion (`$HOME`, `$(...)`). */
  value: string | undefined;
  start: number;
  end: number;
}

export interface ShellCommand {
  /** The command word as written (`/usr/bin/apt-get`), undefined when dynamic. */
  name: string | undefined;
  /** Its last path component (`apt-get`). */
  program: string | undefined;
  args: ShellWord[];
  /** `NAME=value` prefixes (`CGO_ENABLED=0 go build`). */
  assignments: Array<{ name: string; value: string | undefined }>;
  start: number;
  end: number;
  /** How this command is joined to the one before it at the same level. */
  connector: Connector | undefined;
  /** Part of a `|` pipeline (any position). */
  inPipeline: boolean;
  /** Runs in a subshell, `if`, loop or function body rather than at the top level. */
  nested: boolean;
  /** Found inside the script of `sh -c '...'` / `bash -c '...'`. */
  viaShellC: boolean;
}

export interface ShellScript {
  text: string;
  commands: ShellCommand[];
  /** A syntax error stops the parse: the commands are then what could be read by a fallback split. */
  error: { message: string; offset: number } | undefined;
}

const BINARY_OPERATORS: Record<number, Connector> = { 10: '&&', 11: '||', 12: '|', 13: '|&' };

export function parseShell(text: string): ShellScript {
  if (text.length > MAX_SHELL_SCRIPT_BYTES)
    return {
      text,
      commands: fallbackCommands(text),
      error: {
        message: `longer than ${MAX_SHELL_SCRIPT_BYTES / 1024} kB: read without the shell parser`,
        offset: 0,
      },
    };
  const tooDeep = nestingBeyond(text, MAX_SHELL_DEPTH);
  if (tooDeep !== undefined)
    return {
      text,
      commands: fallbackCommands(text),
      error: { message: `nested deeper than ${MAX_SHELL_DEPTH} levels`, offset: tooDeep },
    };
  const { parser } = shellParser();
  const toIndex = byteOffsets(text);
  let file: GoValue;
  try {
    file = goValueOf(parser.Parse(text, ''));
  } catch (thrown) {
    if (thrown instanceof RangeError) {
      // The depth bound above counts brackets; nesting by keywords (`if` in `if` ...) can still exhaust
      // the stack. The parser's state is then unknown, so the next script gets a fresh one.
      loaded = undefined;
      return { text, commands: fallbackCommands(text), error: { message: 'too deeply nested', offset: 0 } };
    }
    // A ParseError carries Text; a LangError ("unsigned expressions are a mksh feature", found by the
    // fuzz test from `(( #`) carries only Error(). Both have a position.
    const error = thrown as ShParseError & { Error?: () => string };
    const message = typeof error?.Text === 'string' ? error.Text : error?.Error?.();
    if (typeof message !== 'string' || typeof error.Pos?.Offset !== 'function') throw thrown;
    return {
      text,
      commands: fallbackCommands(text),
      error: { message, offset: toIndex(error.Pos.Offset()) },
    };
  }
  const commands: ShellCommand[] = [];
  collectStatements(goItems(file.Stmts), text, commands, { nested: false, viaShellC: false, toIndex });
  return { text, commands, error: undefined };
}

/**
 * The offset where bracket nesting (subshells, groups, `$(`, `${`, `[[`) outside single quotes first passes
 * `limit`. mvdan-sh recurses once per level and overflows the stack at about 120 `(`; counting brackets is
 * a cheap over-estimate of its depth, which is what a bound needs.
 */
function nestingBeyond(text: string, limit: number): number | undefined {
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === "'") quoted = !quoted;
    else if (quoted) continue;
    else if (char === '\\') i++;
    else if (char === '(' || char === '{' || char === '[') {
      if (++depth > limit) return i;
    } else if ((char === ')' || char === '}' || char === ']') && depth > 0) depth--;
  }
  return undefined;
}

interface Context {
  nested: boolean;
  viaShellC: boolean;
  /** The parser counts UTF-8 bytes; the commands' offsets are indexes into the script's text. */
  toIndex: (offset: number) => number;
}

function collectStatements(statements: GoValue[], text: string, out: ShellCommand[], context: Context): void {
  let connector: Connector | undefined;
  for (const statement of statements) {
    collectStatement(statement, text, out, context, connector, false);
    connector = ';';
  }
}

function collectStatement(
  statement: GoValue,
  text: string,
  out: ShellCommand[],
  context: Context,
  connector: Connector | undefined,
  inPipeline: boolean,
): void {
  // `a && b && c` is a left-deep tree of BinaryCmd: a chain of 60,000 `&&` would overflow the stack if
  // walked by recursion, so the chain is walked with an explicit stack (right side pushed first).
  const work: Array<{ statement: GoValue; connector: Connector | undefined; inPipeline: boolean }> = [
    { statement, connector, inPipeline },
  ];
  while (work.length) {
    const item = work.pop() as (typeof work)[number];
    const command = item.statement.Cmd as GoValue;
    const type = nodeType(command);
    if (!type) continue;
    if (type === 'BinaryCmd') {
      const operator = BINARY_OPERATORS[command.Op as number] ?? ';';
      const piped = item.inPipeline || operator === '|' || operator === '|&';
      work.push({ statement: command.Y, connector: operator, inPipeline: piped });
      work.push({ statement: command.X, connector: item.connector, inPipeline: piped });
    } else if (type === 'CallExpr') {
      out.push(callCommand(command, text, context, item.connector, item.inPipeline));
    } else {
      collectCompound(command, text, out, context, item.connector, item.inPipeline);
    }
  }
}

/** Compound commands (subshells, blocks, if, loops, functions): every simple command inside counts. */
function collectCompound(
  command: GoValue,
  text: string,
  out: ShellCommand[],
  context: Context,
  connector: Connector | undefined,
  inPipeline: boolean,
): void {
  const nestedContext = { ...context, nested: true };
  let first = true;
  // Depth first in source order, as syntax.Walk would: the first statements found at each branch count.
  const pending = childNodes(command).reverse();
  while (pending.length) {
    const node = pending.pop() as GoValue;
    if (nodeType(node) === 'Stmt') {
      collectStatement(node, text, out, nestedContext, first ? connector : ';', inPipeline);
      first = false;
    } else pending.push(...childNodes(node).reverse());
  }
}

function callCommand(
  call: GoValue,
  text: string,
  context: Context,
  connector: Connector | undefined,
  inPipeline: boolean,
): ShellCommand {
  const words = goItems(call.Args).map((word) => shellWord(word, text, context));
  const assignments = goItems(call.Assigns).map((assign) => {
    const name = nodeType(assign.Name) ? goString(assign.Name.Value as string) : undefined;
    const value = nodeType(assign.Value) ? shellWord(assign.Value, text, context).value : '';
    return { name: name as string, value };
  });
  const nameWord = words[0];
  const name = nameWord?.value;
  const command: ShellCommand = {
    name,
    program: name?.split('/').pop(),
    args: words.slice(1),
    assignments,
    start: context.toIndex(call.Pos().Offset()),
    end: context.toIndex(call.End().Offset()),
    connector,
    inPipeline,
    nested: context.nested,
    viaShellC: context.viaShellC,
  };
  return command;
}

function shellWord(word: GoValue, text: string, context: Context): ShellWord {
  const start = context.toIndex(word.Pos().Offset());
  const end = context.toIndex(word.End().Offset());
  return { raw: text.slice(start, end), value: literalValue(word), start, end };
}

function literalValue(word: GoValue): string | undefined {
  let value = '';
  for (const part of goItems(word.Parts)) {
    const type = nodeType(part);
    if (type === 'Lit') value += unescapeLiteral(goString(part.Value as string));
    else if (type === 'SglQuoted') value += goString(part.Value as string);
    else if (type === 'DblQuoted') {
      for (const inner of goItems(part.Parts)) {
        if (nodeType(inner) !== 'Lit') return undefined;
        value += goString(inner.Value as string).replace(/\\([$`"\\\n])/g, '$1');
      }
    } else return undefined;
  }
  return value;
}

function unescapeLiteral(value: string): string {
  return value.replace(/\\(.)/g, '$1');
}

/**
 * After `sh -c 'script'`, the script's commands join the list too, so a rule sees through the wrapper.
 * Offsets point into the quoted script when it is a single literal.
 */
export function withShellCWrappers(script: ShellScript): ShellScript {
  const commands: ShellCommand[] = [];
  for (const command of script.commands) {
    commands.push(command);
    if (!command.program || !SHELLS.has(command.program)) continue;
    const flagIndex = command.args.findIndex((arg) => /^-[a-z]*c[a-z]*$/.test(arg.value ?? ''));
    const inner = command.args[flagIndex + 1];
    if (flagIndex < 0 || !inner?.value) continue;
    const quoted = inner.raw.startsWith("'") || inner.raw.startsWith('"') ? 1 : 0;
    const nested = parseShell(inner.value);
    for (const innerCommand of nested.commands) {
      const shift = (offset: number) => inner.start + quoted + offset;
      commands.push({
        ...innerCommand,
        start: shift(innerCommand.start),
        end: shift(innerCommand.end),
        args: innerCommand.args.map((arg) => ({ ...arg, start: shift(arg.start), end: shift(arg.end) })),
        nested: true,
        viaShellC: true,
      });
    }
  }
  return { ...script, commands };
}

const SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh']);

/**
 * Used only when the script does not parse (a rule should still see `apt-get install` in a RUN with an
 * unbalanced quote elsewhere): split on the operators, then on blanks.
 */
function fallbackCommands(text: string): ShellCommand[] {
  const commands: ShellCommand[] = [];
  const pattern = /(&&|\|\||\|&|[;|\n])/g;
  let start = 0;
  let connector: Connector | undefined;
  const push = (end: number, next: Connector | undefined) => {
    const slice = text.slice(start, end);
    const words: ShellWord[] = [];
    const wordPattern = /\S+/g;
    for (let match = wordPattern.exec(slice); match; match = wordPattern.exec(slice)) {
      const raw = match[0];
      const literal = /^[^$`'"\\]*$/.test(raw) ? raw : undefined;
      words.push({ raw, value: literal, start: start + match.index, end: start + match.index + raw.length });
    }
    const assignments: ShellCommand['assignments'] = [];
    while (words[0] && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0].raw)) {
      const [name, ...value] = (words.shift() as ShellWord).raw.split('=');
      assignments.push({ name: name as string, value: value.join('=') });
    }
    if (words.length) {
      const name = words[0]?.value;
      commands.push({
        name,
        program: name?.split('/').pop(),
        args: words.slice(1),
        assignments,
        start: (words[0] as ShellWord).start,
        end: (words[words.length - 1] as ShellWord).end,
        connector,
        inPipeline: connector === '|' || next === '|',
        nested: false,
        viaShellC: false,
      });
    }
    connector = next;
  };
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const operator = match[1] === '\n' ? ';' : (match[1] as Connector);
    push(match.index, operator);
    start = match.index + match[0].length;
  }
  push(text.length, undefined);
  return commands;
}

/** True when the command has any of these flags: `-y` also matches inside `-qy`, `--yes` also as `--yes=...`. */
export function hasFlag(command: ShellCommand, ...flags: string[]): boolean {
  return command.args.some((arg) => flagMatches(arg.value ?? arg.raw, flags));
}

function flagMatches(word: string, flags: string[]): boolean {
  for (const flag of flags) {
    if (flag.startsWith('--')) {
      if (word === flag || word.startsWith(`${flag}=`)) return true;
    } else if (flag.startsWith('-') && flag.length === 2) {
      if (/^-[A-Za-z0-9]+$/.test(word) && word.includes(flag[1] as string)) return true;
    } else if (word === flag) {
      return true;
    }
  }
  return false;
}

/** The value of `--flag value`, `--flag=value` or `-f value`. */
export function flagValue(command: ShellCommand, ...flags: string[]): string | undefined {
  for (let i = 0; i < command.args.length; i++) {
    const word = command.args[i]?.value ?? '';
    for (const flag of flags) {
      if (word === flag) return command.args[i + 1]?.value;
      if (flag.startsWith('--') && word.startsWith(`${flag}=`)) return word.slice(flag.length + 1);
    }
  }
  return undefined;
}

/** Arguments that are not flags, in order (`apt-get install -y curl` gives `install`, `curl`). */
export function positionalArgs(command: ShellCommand): ShellWord[] {
  return command.args.filter((arg) => !(arg.value ?? arg.raw).startsWith('-'));
}

/** The first positional argument: `install` in `apt-get -q install curl`. */
export function subcommand(command: ShellCommand): string | undefined {
  return positionalArgs(command)[0]?.value;
}
