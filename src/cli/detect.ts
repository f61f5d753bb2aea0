import type { Command } from './command.js';
import { notYetImplemented } from './not-yet.js';

export const detectCommand: Command = {
  name: 'detect',
  summary: 'Read a repository (never running its code) and print the stack plan that init renders.',
  usage: 'shipshape detect [dir] [--json]',
  details: 'Example:\n  shipshape detect examples/node-express --json',
  options: {},
  async run() {
    return notYetImplemented('detect');
  },
};
