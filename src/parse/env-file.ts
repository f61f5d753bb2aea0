/**
 * `.env` files as Compose reads them: `KEY=value`, optional `export `, comments, single quotes literal,
 * double quotes with `\n` escapes, unquoted values cut at ` #`, and `${VAR}` references to earlier keys.
 */

import { LineIndex } from '../core/source.js';

export interface EnvEntry {
  key: string;
  value: string;
  line: number;
}

export function parseEnvFile(
  text: string,
  lookup: (name: string) => string | undefined = () => undefined,
): EnvEntry[] {
  const index = new LineIndex(text);
  const entries: EnvEntry[] = [];
  const known = new Map<string, string>();
  const resolve = (name: string) => known.get(name) ?? lookup(name);
  for (let line = 1; line <= index.lineCount; line++) {
    const raw = index.lineText(line).trim();
    if (!raw || raw.startsWith('#')) continue;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*(?:=\s*(.*))?$/.exec(raw);
    if (!match) continue;
    const key = match[1] as string;
    const rest = match[2];
    if (rest === undefined) continue;
    let value: string;
    if (rest.startsWith("'")) {
      value = rest.slice(1, rest.indexOf("'", 1) < 0 ? undefined : rest.indexOf("'", 1));
    } else if (rest.startsWith('"')) {
      let body = '';
      let i = 1;
      let multiline = rest;
      // A double-quoted value may span lines.
      while (!closesAt(multiline, i) && line < index.lineCount) {
        line++;
        multiline += `\n${index.lineText(line)}`;
      }
      for (; i < multiline.length && multiline[i] !== '"'; i++) {
        if (multiline[i] === '\\' && i + 1 < multiline.length) {
          const next = multiline[++i] as string;
          body += next === 'n' ? '\n' : next === 't' ? '\t' : next === 'r' ? '\r' : next;
        } else body += multiline[i];
      }
      value = expandSimple(body, resolve);
    } else {
      value = expandSimple(rest.replace(/\s+#.*$/, '').trim(), resolve);
    }
    known.set(key, value);
    entries.push({ key, value, line });
  }
  return entries;
}

function closesAt(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return true;
  }
  return false;
}

function expandSimple(value: string, lookup: (name: string) => string | undefined): string {
  return value.replace(
    /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (_all, braced, fallback, bare) => {
      const resolved = lookup((braced ?? bare) as string);
      return resolved === undefined || resolved === '' ? (fallback ?? '') : resolved;
    },
  );
}
