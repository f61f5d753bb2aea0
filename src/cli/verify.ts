import type { Command } from './command.js';
import { notYetImplemented } from './not-yet.js';

export const verifyCommand: Command = {
  name: 'verify',
  summary:
    'Prove an image is production-ready by running it: non-root, healthy, stops on SIGTERM, no secrets.',
  usage: 'shipshape verify <image> | shipshape verify --build [dir]',
  details: 'Exit 1 when a check fails.\n\nExample:\n  shipshape verify myapp:dev --format markdown',
  options: {
    build: { type: 'boolean', description: 'build the directory first, then verify the image' },
    format: {
      type: 'string',
      short: 'f',
      valueName: 'format',
      description: 'output format: text, json, markdown',
      default: 'text',
    },
    'max-size': {
      type: 'string',
      valueName: 'size',
      description: 'fail when the image is larger (e.g. 200MB)',
    },
  },
  async run() {
    return notYetImplemented('verify');
  },
};
