import type { Command } from './command.js';
import { notYetImplemented } from './not-yet.js';

export const initCommand: Command = {
  name: 'init',
  summary: 'Write the Dockerfile, .dockerignore, compose files and deploy targets for an app.',
  usage: 'shipshape init [dir] [--dry-run] [--force] [--yes] [--target <name>...]',
  details:
    'Never overwrites a file silently: changed files are shown as a diff and need --force.\n\nExample:\n  shipshape init examples/node-express --dry-run',
  options: {
    'dry-run': { type: 'boolean', description: 'print what would be written, write nothing' },
    force: { type: 'boolean', description: 'replace existing files (a backup is kept)' },
    yes: { type: 'boolean', short: 'y', description: 'accept the detected plan without asking' },
    target: {
      type: 'string',
      multiple: true,
      valueName: 'name',
      description: 'outputs: docker, compose, railway, github-actions, bake, kubernetes, swarm',
    },
  },
  async run() {
    return notYetImplemented('init');
  },
};
