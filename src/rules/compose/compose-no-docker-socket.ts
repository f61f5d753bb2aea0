import type { ComposeRule } from '../rule.js';
import { at, services } from './helpers.js';

export const composeNoDockerSocket: ComposeRule = {
  kind: 'compose',
  id: 'compose-no-docker-socket',
  aliases: [],
  severity: 'error',
  fixable: false,
  docs: {
    summary: 'Do not mount the Docker socket into a service.',
    why: "Whoever can talk to /var/run/docker.sock can start a privileged container with the host's root file system mounted: the mount is root on the host. If a tool truly needs the API (a reverse proxy reading labels), put a filtering socket proxy in between and mount it read-only.",
    bad: 'services:\n  proxy:\n    image: traefik:v3.1\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock\n',
    good: 'services:\n  proxy:\n    image: traefik:v3.1\n    volumes:\n      - ./traefik.yaml:/etc/traefik/traefik.yaml:ro\n',
  },
  messages: { dockerSocket: '{name} mounts the Docker socket: that is root on the host' },
  check(context) {
    for (const [name, service] of services(context)) {
      if (!Array.isArray(service.volumes)) continue;
      service.volumes.forEach((volume, index) => {
        const source =
          typeof volume === 'string' ? volume.split(':')[0] : (volume as { source?: unknown })?.source;
        if (typeof source === 'string' && /(^|\/)docker\.sock$/.test(source)) {
          context.report({
            range: at(context, ['services', name, 'volumes', index]),
            messageId: 'dockerSocket',
            data: { name },
          });
        }
      });
    }
  },
};
