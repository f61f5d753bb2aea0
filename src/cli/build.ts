import type { Command } from './command.js';
import { notYetImplemented } from './not-yet.js';

export const buildCommand: Command = {
  name: 'build',
  summary: "Build an app's image on BuildKit through your Docker engine.",
  usage: 'shipshape build [dir] [-t name:tag] [--target stage] [--platform p] [--build-arg K=V]...',
  details:
    'Flags mean what they mean to docker build.\n\nExample:\n  shipshape build . -t myapp:dev --target development',
  options: {
    tag: {
      type: 'string',
      short: 't',
      multiple: true,
      valueName: 'name:tag',
      description: 'name and tag the image',
    },
    target: { type: 'string', valueName: 'stage', description: 'build this stage' },
    platform: {
      type: 'string',
      valueName: 'platform',
      description: 'target platform(s), e.g. linux/amd64,linux/arm64',
    },
    'build-arg': { type: 'string', multiple: true, valueName: 'K=V', description: 'set a build argument' },
    secret: {
      type: 'string',
      multiple: true,
      valueName: 'id=…,src=…',
      description: 'expose a secret to RUN --mount=type=secret',
    },
    network: { type: 'string', valueName: 'mode', description: 'network mode for RUN instructions' },
    'no-cache': { type: 'boolean', description: 'do not use the build cache' },
    push: { type: 'boolean', description: 'push the image after building' },
  },
  async run() {
    return notYetImplemented('build');
  },
};
