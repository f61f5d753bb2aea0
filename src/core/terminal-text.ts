/**
 * Text from a file, made safe to print on a terminal: a finding's message or code frame can carry the
 * file's own bytes, and an ESC or BEL there would drive the reader's terminal (set its title, clear it).
 * C0 controls other than tab and newline, DEL and C1 controls are shown as `\x1b`-style escapes.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function escapeControlCharacters(text: string): string {
  return text.replace(CONTROL, (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
