import type { DockerfileRule } from '../rule.js';

export const exposeValidPort: DockerfileRule = {
  kind: 'dockerfile',
  id: 'expose-valid-port',
  aliases: ['DL3011', 'ExposeInvalidFormat'],
  severity: 'error',
  fixable: false,
  docs: {
    summary: 'EXPOSE container ports (0-65535) only, without a host part.',
    why: 'EXPOSE documents which port the container listens on. Host ports and addresses (`8080:80`, `127.0.0.1:80`) belong to `docker run -p` or Compose, not the image; a port above 65535 cannot exist.',
    bad: 'FROM nginx:1.27-bookworm\nEXPOSE 8080:80\n',
    good: 'FROM nginx:1.27-bookworm\nEXPOSE 80\n',
  },
  messages: {
    exposeIncludesHost: 'EXPOSE {spec} includes a host part: publish ports with -p or Compose instead',
    validPort: '{portPart} is not a valid port (0-65535)',
  },
  check({ model, report }) {
    for (const instruction of model.instructions) {
      if (instruction.keyword !== 'EXPOSE') continue;
      for (const word of instruction.args) {
        const spec = word.raw.replace(/^["']|["']$/g, '');
        if (spec.includes('$')) continue;
        const [portPart = ''] = spec.split('/');
        if (portPart.includes(':')) {
          report({
            range: word.range,
            messageId: 'exposeIncludesHost',
            data: { spec },
          });
          continue;
        }
        const ports = portPart.split('-').map(Number);
        if (ports.some((port) => !Number.isInteger(port) || port < 0 || port > 65535)) {
          report({ range: word.range, messageId: 'validPort', data: { portPart } });
        }
      }
    }
  },
};
