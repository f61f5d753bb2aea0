import type { DockerfileRule } from '../rule.js';
import { commandRange, commandsOf } from './helpers.js';

const POINTLESS = [
  'ssh',
  'vim',
  'vi',
  'nano',
  'shutdown',
  'service',
  'ps',
  'free',
  'top',
  'kill',
  'mount',
  'ifconfig',
];

export const noInteractiveCommands: DockerfileRule = {
  kind: 'dockerfile',
  id: 'no-interactive-commands',
  aliases: ['DL3001'],
  severity: 'info',
  fixable: false,
  docs: {
    summary: 'Do not run interactive or system-management commands in a build.',
    why: 'A build step has no terminal, no init system and no running services: `vim`, `ssh`, `service x start`, `top` or `shutdown` either hang, fail or do nothing that survives into the image.',
    bad: 'FROM debian:bookworm-slim\nRUN service nginx start\n',
    good: 'FROM nginx:1.27-bookworm\nCMD ["nginx", "-g", "daemon off;"]\n',
  },
  messages: {
    makesSenseBuild: '{program} makes no sense in a build step: it has no terminal, init or running services',
  },
  check({ model, report }) {
    for (const site of commandsOf(model, POINTLESS)) {
      report({
        range: commandRange(model, site),
        messageId: 'makesSenseBuild',
        data: { program: site.command.program },
      });
    }
  },
};
