/**
 * How deeply a YAML text nests, estimated from the text alone. Every stage of the `yaml` package (its
 * CST parser as well as its composer) recurses once or more per level, and overflows the stack near 900
 * levels, sooner on a busy stack; V8 has even aborted the process compiling a RegExp at that depth. So
 * the depth is bounded before the library sees the text, by a scan that keeps no tree: a stack of block
 * indentations, `- `/`? ` markers that open a level on the same line, and flow brackets outside quotes.
 * It over-estimates rather than under (a bound only needs that), and skips block scalars' contents.
 */

/** The offset where nesting first passes `limit`, or undefined. */
export function yamlNestingBeyond(text: string, limit: number): number | undefined {
  const indents: number[] = [];
  let flow = 0;
  let blockScalarIndent: number | undefined;
  let offset = 0;
  for (const line of text.split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    const indent = line.length - line.trimStart().length;
    const content = line.slice(indent);
    if (content === '' || content.startsWith('#')) continue;
    if (blockScalarIndent !== undefined) {
      if (indent > blockScalarIndent) continue;
      blockScalarIndent = undefined;
    }
    if (flow === 0) {
      while (indents.length && (indents[indents.length - 1] as number) >= indent) indents.pop();
      indents.push(indent);
    }
    let depth = indents.length + flow;
    if (depth > limit) return lineStart + indent;
    let quote: string | undefined;
    for (let i = indent; i < line.length; i++) {
      const char = line[i] as string;
      if (quote) {
        if (char === quote) quote = undefined;
        continue;
      }
      const atWordStart = i === indent || line[i - 1] === ' ' || line[i - 1] === '\t';
      if (char === '#' && atWordStart) break;
      if ((char === '"' || char === "'") && atWordStart) quote = char;
      else if ((char === '-' || char === '?') && atWordStart && /[ \t]/.test(line[i + 1] ?? '')) depth++;
      else if (char === '[' || char === '{') {
        flow++;
        depth++;
      } else if ((char === ']' || char === '}') && flow > 0) {
        flow--;
        depth--;
      }
      if (depth > limit) return lineStart + i;
    }
    if (flow === 0 && /(^|[ \t:-])[|>][-+0-9]*[ \t]*(#.*)?$/.test(content)) blockScalarIndent = indent;
  }
  return undefined;
}
