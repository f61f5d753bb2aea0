/**
 * What a file's bytes are, before anything reads them as UTF-8 text: a reader that decoded a UTF-16 or
 * binary file would report a screenful of nonsense, and a fixer that wrote Latin-1 back as UTF-8 would
 * replace every accented byte with U+FFFD.
 */

import { LineIndex, type Position } from './source.js';

export type TextEncoding =
  | { kind: 'utf8' }
  | { kind: 'utf16' }
  | { kind: 'binary'; position: Position }
  | { kind: 'not-utf8'; position: Position };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export function textEncoding(bytes: Uint8Array, text: string): TextEncoding {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return { kind: 'utf16' };
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { kind: 'binary', position: positionIn(text, text.indexOf('\0')) };
  try {
    strictUtf8.decode(bytes);
    return { kind: 'utf8' };
  } catch {
    return { kind: 'not-utf8', position: positionIn(text, text.indexOf('\uFFFD')) };
  }
}

function positionIn(text: string, offset: number): Position {
  return new LineIndex(text).position(Math.max(0, offset));
}

/** The one-line reason a file of this encoding is not linted, or undefined when it is text. */
export function unreadableEncoding(encoding: TextEncoding): string | undefined {
  if (encoding.kind === 'utf16') return 'is UTF-16 text: save it as UTF-8 to lint it';
  if (encoding.kind === 'binary') return 'is a binary file (it holds a NUL byte), not text';
  return undefined;
}
