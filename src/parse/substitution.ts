/**
 * The `$VAR` / `${VAR<op>word}` reference syntax shared by Dockerfiles and Compose files. Each caller
 * decides what surrounds a reference (quotes and escapes in a Dockerfile, `$$` in Compose); this module
 * reads one reference and applies its operator.
 */

export interface Reference {
  name: string;
  /** `:-`, `-`, `:+`, `+`, `:?`, `?`, or undefined for a plain reference. */
  operator: string | undefined;
  /** The text after the operator, still to be expanded. */
  word: string;
  /** Characters the reference spans, from its `$`. */
  length: number;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

/** Reads the reference at `text[at] === '$'`; undefined when the `$` starts none. */
export function readReference(text: string, at: number): Reference | undefined {
  if (text[at + 1] === '{') {
    let depth = 0;
    let close = -1;
    for (let i = at + 1; i < text.length; i++) {
      if (text[i] === '{') depth++;
      else if (text[i] === '}' && --depth === 0) {
        close = i;
        break;
      }
    }
    if (close < 0) return undefined;
    const inner = text.slice(at + 2, close);
    const name = NAME.exec(inner)?.[0];
    if (!name) return undefined;
    const operator = /^:?[-+?]/.exec(inner.slice(name.length))?.[0];
    if (!operator && inner.length > name.length) return undefined;
    return {
      name,
      operator,
      word: inner.slice(name.length + (operator?.length ?? 0)),
      length: close - at + 1,
    };
  }
  const name = NAME.exec(text.slice(at + 1))?.[0];
  return name ? { name, operator: undefined, word: '', length: name.length + 1 } : undefined;
}

export interface Resolution {
  value: string;
  /** Referenced with no value and nothing to fall back on. */
  undefinedName: string | undefined;
  /** The message of a failed `:?` / `?`. */
  error: string | undefined;
}

/** Applies a reference's operator; `expandWord` expands the default/alternative text when it is used. */
export function resolveReference(
  reference: Reference,
  value: string | undefined,
  expandWord: (word: string) => string,
): Resolution {
  const { name, operator, word } = reference;
  if (!operator)
    return { value: value ?? '', undefinedName: value === undefined ? name : undefined, error: undefined };
  const missing = operator.startsWith(':') ? value === undefined || value === '' : value === undefined;
  switch (operator.replace(':', '')) {
    case '-':
      return {
        value: missing ? expandWord(word) : (value as string),
        undefinedName: undefined,
        error: undefined,
      };
    case '+':
      return { value: missing ? '' : expandWord(word), undefinedName: undefined, error: undefined };
    default:
      return missing
        ? {
            value: '',
            undefinedName: undefined,
            error: `required variable ${name} is missing a value${word ? `: ${expandWord(word)}` : ''}`,
          }
        : { value: value as string, undefinedName: undefined, error: undefined };
  }
}
