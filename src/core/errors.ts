import type { Position } from './source.js';
import { escapeControlCharacters } from './terminal-text.js';

/**
 * Errors are values in the core and messages at the edge: every error the CLI can meet is one of these,
 * and `main` turns it into one line and exit code 2. Anything else is a bug and is reported as such.
 */
export class ShipshapeError extends Error {
  override readonly name: string = 'ShipshapeError';
}

/** The command line itself is wrong: unknown flag, missing argument. */
export class UsageError extends ShipshapeError {
  override readonly name = 'UsageError';
}

/** A file the user gave us cannot be read or understood. */
export class InputError extends ShipshapeError {
  override readonly name = 'InputError';

  constructor(
    message: string,
    readonly file?: string,
    readonly position?: Position,
  ) {
    super(message);
  }

  /**
   * `path:line:col message`, the shape editors and CI annotations link from. Control characters are
   * escaped: the message may quote the file (`unknown instruction: <ESC>]0;...`), which is printed raw.
   */
  format(): string {
    const message = escapeControlCharacters(this.message);
    if (!this.file) return message;
    const file = escapeControlCharacters(this.file);
    if (!this.position) return `${file}: ${message}`;
    return `${file}:${this.position.line}:${this.position.column} ${message}`;
  }
}

/** Docker engine missing, unreachable, or failing. */
export class EngineError extends ShipshapeError {
  override readonly name = 'EngineError';
}

/** A problem found while parsing, kept as data so a caller can report several at once. */
export interface ParseProblem {
  message: string;
  position: Position;
}
