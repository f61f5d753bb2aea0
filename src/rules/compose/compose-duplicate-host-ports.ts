import type { ComposeRule } from '../rule.js';
import { at, ports, services } from './helpers.js';

export const composeDuplicateHostPorts: ComposeRule = {
  kind: 'compose',
  id: 'compose-duplicate-host-ports',
  aliases: [],
  severity: 'error',
  fixable: false,
  docs: {
    summary: 'Publish each host port once.',
    why: 'Two services (or two lines) publishing the same host port and protocol on the same address cannot both start: the second fails with "port is already allocated" at `docker compose up`.',
    bad: 'services:\n  web:\n    image: nginx:1.27\n    ports: ["8080:80"]\n  api:\n    image: api:1.0\n    ports: ["8080:3000"]\n',
    good: 'services:\n  web:\n    image: nginx:1.27\n    ports: ["8080:80"]\n  api:\n    image: api:1.0\n    ports: ["8081:3000"]\n',
  },
  messages: { portTaken: 'host port {published}/{protocol} is already published by {service}' },
  check(context) {
    const claimed: Array<{ address: string; port: string; protocol: string; service: string }> = [];
    for (const [name, service] of services(context)) {
      for (const port of ports(service, ['services', name])) {
        if (!port.published || port.published.includes('$') || port.published.includes('-')) continue;
        const address = port.hostIp ?? '0.0.0.0';
        // 0.0.0.0 covers every address, so it clashes with any binding of the same port.
        const clash = claimed.find(
          (other) =>
            other.port === port.published &&
            other.protocol === port.protocol &&
            (other.address === address || other.address === '0.0.0.0' || address === '0.0.0.0'),
        );
        if (clash)
          context.report({
            range: at(context, port.path),
            messageId: 'portTaken',
            data: { published: port.published, protocol: port.protocol, service: clash.service },
          });
        else claimed.push({ address, port: port.published, protocol: port.protocol, service: name });
      }
    }
  },
};
