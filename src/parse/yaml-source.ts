/**
 * YAML with source positions, on the `yaml` package: parse errors become `line:col` problems, and any
 * value in the parsed tree can be traced back to its range for findings.
 */

import {
  Composer,
  type CST,
  type Document,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  Parser,
  type Scalar,
  visit,
  YAMLParseError,
} from 'yaml';
import type { ParseProblem } from '../core/errors.js';
import { MAX_YAML_ALIASES, MAX_YAML_DEPTH } from '../core/limits.js';
import { LineIndex, type Range } from '../core/source.js';
import { yamlNestingBeyond } from './yaml-depth.js';

export type YamlPath = ReadonlyArray<string | number>;

/** Marks a `!reset` value: the key is dropped when files are merged (Compose's merge tags). */
export const RESET = Symbol('compose !reset');
/** Wraps an `!override` value: it replaces instead of merging. */
export class Override {
  constructor(readonly value: unknown) {}
}

const composeTags = [
  { tag: '!reset', resolve: () => RESET, identify: () => false },
  { tag: '!reset', collection: 'map' as const, resolve: () => RESET, identify: () => false },
  { tag: '!reset', collection: 'seq' as const, resolve: () => RESET, identify: () => false },
  {
    tag: '!override',
    collection: 'map' as const,
    resolve: (value: unknown) => new Override(toPlain(value)),
    identify: () => false,
  },
  {
    tag: '!override',
    collection: 'seq' as const,
    resolve: (value: unknown) => new Override(toPlain(value)),
    identify: () => false,
  },
];

function toPlain(value: unknown): unknown {
  return value && typeof value === 'object' && 'toJSON' in value
    ? (value as { toJSON(): unknown }).toJSON()
    : value;
}

export interface YamlSource {
  path: string;
  text: string;
  document: Document;
  index: LineIndex;
  /** The plain value (merge keys `<<` applied); undefined for an empty file. */
  value: unknown;
  problems: ParseProblem[];
}

export function parseYaml(text: string, path: string): YamlSource {
  const lineCounter = new LineCounter();
  const index = new LineIndex(text);
  const tooDeep = yamlNestingBeyond(text, MAX_YAML_DEPTH);
  if (tooDeep !== undefined) {
    const problem = {
      message: `nested deeper than ${MAX_YAML_DEPTH} levels`,
      position: index.position(tooDeep),
    };
    return { path, text, document: emptyDocument(), index, value: undefined, problems: [problem] };
  }
  let document: Document;
  try {
    document = composeFirst(Array.from(new Parser(lineCounter.addNewLine).parse(text)), text.length);
  } catch (thrown) {
    // The depth bound above should make this unreachable; a library caller still gets a problem, not a throw.
    const problem = {
      message: `cannot parse: ${(thrown as Error).message}`,
      position: { line: 1, column: 1 },
    };
    return { path, text, document: emptyDocument(), index, value: undefined, problems: [problem] };
  }
  const problems: ParseProblem[] = document.errors.map((error) => ({
    message: error.message.split('\n')[0] ?? error.message,
    position: index.position(error.pos[0]),
  }));
  if (problems.length === 0) problems.push(...duplicateKeys(document, index));
  let value: unknown;
  if (problems.length === 0) {
    try {
      value = document.toJS({ maxAliasCount: MAX_YAML_ALIASES });
    } catch (thrown) {
      problems.push({ message: (thrown as Error).message, position: { line: 1, column: 1 } });
    }
  }
  return { path, text, document, index, value, problems };
}

const COMPOSE_OPTIONS = {
  merge: true,
  customTags: composeTags,
  prettyErrors: false,
  // The library's own check compares each key with every earlier one (quadratic: 40k keys took 14 s);
  // duplicateKeys below does the same job with one set per map.
  uniqueKeys: false,
} as const;

function composeFirst(tokens: CST.Token[], length: number): Document {
  let document: Document | undefined;
  for (const composed of new Composer(COMPOSE_OPTIONS).compose(tokens, true, length)) {
    if (!document) document = composed as Document;
    else {
      const [start, end] = composed.range;
      document.errors.push(
        new YAMLParseError([start, end], 'MULTIPLE_DOCS', 'Source contains multiple documents'),
      );
      break;
    }
  }
  return document ?? emptyDocument();
}

function emptyDocument(): Document {
  const [document] = new Composer(COMPOSE_OPTIONS).compose([], true, 0);
  return document as Document;
}

/** YAML forbids a key twice in one map; merge keys (`<<`) are exempt, as the library exempts them. */
function duplicateKeys(document: Document, index: LineIndex): ParseProblem[] {
  const problems: ParseProblem[] = [];
  visit(document, {
    Map(_key, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        if (!isScalar(pair.key) || typeof pair.key.value === 'symbol') continue;
        const key = pair.key.value;
        if (seen.has(key)) {
          problems.push({
            message: 'Map keys must be unique',
            position: index.position(pair.key.range?.[0] ?? 0),
          });
        }
        seen.add(key);
      }
    },
  });
  return problems;
}

/** The node at a path (`['services', 'web', 'ports', 0]`), or the deepest ancestor that exists. */
export function nodeAt(
  source: YamlSource,
  path: YamlPath,
): { node: Node | undefined; keyNode: Node | undefined; depth: number } {
  let node: Node | undefined = source.document.contents ?? undefined;
  let keyNode: Node | undefined;
  let depth = 0;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find(
        (item) =>
          isPair(item) && isScalar(item.key) && String((item.key as Scalar).value) === String(segment),
      );
      if (!pair) break;
      keyNode = pair.key as Node;
      node = (pair.value as Node | null) ?? keyNode;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (!item) break;
      keyNode = undefined;
      node = item;
    } else {
      break;
    }
    depth++;
  }
  return { node, keyNode, depth };
}

/** The range of a value (or of its key, `preferKey`), falling back to the nearest ancestor. */
export function rangeAt(source: YamlSource, path: YamlPath, preferKey = false): Range {
  const { node, keyNode } = nodeAt(source, path);
  const target = preferKey && keyNode ? keyNode : node;
  const span = target?.range;
  if (!span) return source.index.range(0, 0);
  return source.index.range(span[0], span[1]);
}
