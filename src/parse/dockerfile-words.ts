/**
 * Word splitting and variable expansion for the instructions Docker itself expands (FROM, COPY, ADD, ENV,
 * ARG, LABEL, EXPOSE, USER, WORKDIR, VOLUME, STOPSIGNAL): quotes group and are removed, the escape
 * character escapes, and `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:+alt}`,
 * `${VAR+alt}`, `${VAR:?message}`, `${VAR?message}` expand. Single quotes stop expansion.
 */

import { readReference, resolveReference } from './substitution.js';

export interface RawWord {
  /** The word as written, quotes included. */
  raw: string;
  /** Offsets in the text that was split. */
  start: number;
  end: number;
}

/** Splits on unquoted blanks, keeping quotes and escapes in `raw`. */
export function splitWords(text: string, escapeChar: string, base = 0): RawWord[] {
  const words: RawWord[] = [];
  let start = -1;
  let quote: string | undefined;
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    const atEnd = i === text.length;
    if (!atEnd && start < 0 && !/\s/.test(ch as string)) start = i;
    if (atEnd || (!quote && /\s/.test(ch as string))) {
      if (start >= 0) {
        words.push({ raw: text.slice(start, i), start: base + start, end: base + i });
        start = -1;
      }
      continue;
    }
    if (ch === escapeChar && quote !== "'") {
      i++;
      continue;
    }
    if (quote) {
      if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    }
  }
  return words;
}

export type VariableLookup = (name: string) => string | undefined;

export interface Expansion {
  value: string;
  /** Names referenced without a definition and without a default that covers them. */
  undefinedNames: string[];
  /** `${VAR:?message}` that failed. */
  errors: string[];
}

/** Removes quotes and escapes and expands variables, as BuildKit's shell lexer does for one word. */
export function expandWord(raw: string, lookup: VariableLookup, escapeChar = '\\'): Expansion {
  const state: Expansion = { value: '', undefinedNames: [], errors: [] };
  let quote: string | undefined;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i] as string;
    if (quote === "'") {
      if (ch === "'") quote = undefined;
      else state.value += ch;
      continue;
    }
    if (ch === escapeChar) {
      const next = raw[i + 1];
      if (next === undefined) {
        state.value += ch;
      } else if (quote === '"' && next !== '"' && next !== '$' && next !== escapeChar) {
        // Inside double quotes an escapeChar only escapes what would otherwise be special.
        state.value += ch + next;
        i++;
      } else {
        state.value += next;
        i++;
      }
      continue;
    }
    if (ch === '"') {
      quote = quote === '"' ? undefined : '"';
      continue;
    }
    if (ch === "'" && !quote) {
      quote = "'";
      continue;
    }
    if (ch === '$') {
      const consumed = expandVariable(raw, i, lookup, escapeChar, state);
      if (consumed > 0) {
        i += consumed - 1;
        continue;
      }
    }
    state.value += ch;
  }
  return state;
}

/** Expands the reference starting at `raw[at] === '$'`; returns how many characters it used (0: a literal `$`). */
function expandVariable(
  raw: string,
  at: number,
  lookup: VariableLookup,
  escapeChar: string,
  state: Expansion,
): number {
  const reference = readReference(raw, at);
  if (!reference) return 0;
  const resolution = resolveReference(reference, lookup(reference.name), (word) => {
    const nested = expandWord(word, lookup, escapeChar);
    state.undefinedNames.push(...nested.undefinedNames);
    state.errors.push(...nested.errors);
    return nested.value;
  });
  state.value += resolution.value;
  if (resolution.undefinedName) state.undefinedNames.push(resolution.undefinedName);
  if (resolution.error) state.errors.push(resolution.error);
  return reference.length;
}

/** Every variable name a text references, expanded or not. */
export function referencedVariables(raw: string): string[] {
  const names: string[] = [];
  const pattern = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)|([A-Za-z_][A-Za-z0-9_]*))/g;
  for (let match = pattern.exec(raw); match; match = pattern.exec(raw))
    names.push((match[1] ?? match[2]) as string);
  return names;
}
