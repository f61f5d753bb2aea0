/**
 * Reads mvdan-sh's syntax tree as the Go values GopherJS compiled it to, rather than through the JavaScript
 * wrappers the package hands out. Each wrapper property read converts the Go value behind it again (a
 * slice of statements into a new array of new wrappers, a string from UTF-8): measured here, `file.Stmts`
 * costs 56 µs, `stmt.Cmd` 20 µs, `NodeType(node)` 18 µs, `word.Pos().Offset()` 20 µs, so flattening the
 * tree took 1.6 s of the 2.1 s that parsing the 3,406 RUN scripts of the lint benchmark took. The same
 * reads on the Go values are plain property reads.
 *
 * The layout read here is GopherJS's (structs as objects with the Go field names, slices as
 * `{$array, $offset, $length}`, a type's name in `constructor.string`, nil pointers as the type's `nil`
 * object, strings as UTF-8 bytes in a JavaScript string), and mvdan-sh 0.10.1 is that package's last
 * release, so it does not move under us; src/parse/shell.test.ts compares this reading with the wrappers'.
 */

/** A Go value: a struct behind a pointer, or a slice. */
export interface GoValue {
  constructor: { string?: string; nil?: unknown };
  // biome-ignore lint/suspicious/noExplicitAny: Go structs of every node type
  [field: string]: any;
}

interface GoSlice {
  $array: unknown[];
  $offset: number;
  $length: number;
}

/** The Go value behind a wrapper the package returned. */
export function goValueOf(wrapper: unknown): GoValue {
  const value = (wrapper as { __internal_object__?: GoValue }).__internal_object__;
  if (!value) throw new Error('mvdan-sh returned a value without its Go object: not the 0.10.1 layout');
  return value;
}

/** `CallExpr` for a `*syntax.CallExpr`; undefined for nil (a nil pointer, a nil interface). */
export function nodeType(value: GoValue | null | undefined): string | undefined {
  if (!value || value === value.constructor.nil) return undefined;
  const name = value.constructor.string;
  return name?.startsWith('*syntax.') ? name.slice('*syntax.'.length) : undefined;
}

/** The elements of a Go slice. */
export function goItems(slice: GoSlice | null | undefined): GoValue[] {
  if (!slice?.$length) return [];
  return slice.$array.slice(slice.$offset, slice.$offset + slice.$length) as GoValue[];
}

/** A Go string (UTF-8 bytes, one per character) as JavaScript text. */
export function goString(bytes: string): string {
  return isAscii(bytes) ? bytes : Buffer.from(bytes, 'latin1').toString('utf8');
}

// A loop, not /^[\x00-\x7f]*$/: called for every literal of every script, where the regex cost 60 ms of a
// worker's 2.4 s on the bench corpus.
function isAscii(text: string): boolean {
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) > 0x7f) return false;
  return true;
}

/**
 * Every node directly below `value` in source order, as `syntax.Walk` visits them: the fields that hold
 * nodes (pointers to syntax structs, interfaces holding them) and slices of them, in declaration order.
 * Positions and other plain values are skipped.
 */
export function childNodes(value: GoValue): GoValue[] {
  const children: GoValue[] = [];
  for (const key of Object.keys(value)) {
    if (key === '$val') continue;
    const field = value[key] as GoValue | null;
    if (!field || typeof field !== 'object') continue;
    const name = field.constructor?.string;
    if (name === undefined) continue;
    if (name.startsWith('[]*syntax.') || name.startsWith('[]syntax.')) {
      for (const item of goItems(field as unknown as GoSlice)) if (nodeType(item)) children.push(item);
    } else if (nodeType(field)) children.push(field);
  }
  return children;
}

/** Maps the parser's byte offsets to indexes in the JavaScript string it parsed. */
export function byteOffsets(text: string): (offset: number) => number {
  if (isAscii(text)) return (offset) => offset;
  const indexes: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const code = text.codePointAt(index) as number;
    const bytes = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    for (let byte = 0; byte < bytes; byte++) indexes.push(index);
    if (code >= 0x10000) index++;
  }
  return (offset) => (offset >= indexes.length ? text.length : (indexes[offset] as number));
}
