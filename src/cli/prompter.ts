/**
 * Questions a command may ask when a person is at the terminal. Commands get a Prompter through CliIo
 * only when stdin and stdout are both terminals (never in CI or a pipe), so tests pass a scripted one.
 */

import { ShipshapeError } from '../core/errors.js';

export interface PromptOption {
  value: string;
  label: string;
  hint?: string;
}

export interface Prompter {
  /** Shows a block of text, framed. */
  note(text: string, title: string): void;
  multiselect(message: string, options: PromptOption[], initial: string[]): Promise<string[]>;
  confirm(message: string, initial: boolean): Promise<boolean>;
}

/** Raised when the person cancels (Ctrl-C, Escape): nothing has been written at that point. */
export class PromptCancelled extends ShipshapeError {}

/** The terminal prompter, on @clack/prompts (loaded only when a question is asked). */
export function terminalPrompter(): Prompter {
  const load = () => import('@clack/prompts');
  const answer = async <T>(value: T | symbol): Promise<Exclude<T, symbol>> => {
    const clack = await load();
    if (clack.isCancel(value)) throw new PromptCancelled('cancelled: nothing was written');
    return value as Exclude<T, symbol>;
  };
  let notes: Array<[string, string]> = [];
  const flushNotes = async () => {
    const clack = await load();
    for (const [text, title] of notes) clack.note(text, title);
    notes = [];
  };
  return {
    note(text, title) {
      notes.push([text, title]);
    },
    async multiselect(message, options, initial) {
      await flushNotes();
      const clack = await load();
      return answer(await clack.multiselect({ message, options, initialValues: initial, required: true }));
    },
    async confirm(message, initial) {
      await flushNotes();
      const clack = await load();
      return answer(await clack.confirm({ message, initialValue: initial }));
    },
  };
}
