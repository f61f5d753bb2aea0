/** Ports: databases not published to the world, and no host port claimed twice. */

import type { ComposeRule } from '../rule.js';
import { at, DATASTORES, imageName, ports, services } from './helpers.js';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|::1|\[::1\])$/;

export const composeDatastorePortExposed: ComposeRule = {
  kind: 'compose',
  id: 'compose-datastore-port-exposed',
  aliases: [],
  severity: 'warning',
  fixable: false,
  docs: {
    summary: 'Publish database and cache ports on 127.0.0.1 only (or not at all).',
    why: '`"5432:5432"` publishes on every interface of the host, and Docker writes its own firewall rules, so ufw does not stop it: the database answers the whole network, often with a development password. Services reach it by name on the Compose network without any `ports:`; for tools on your machine bind `127.0.0.1:5432:5432`.',
    bad: 'services:\n  db:\n    image: postgres:16.4-bookworm\n    ports:\n      - "5432:5432"\n',
    good: 'services:\n  db:\n    image: postgres:16.4-bookworm\n    ports:\n      - "127.0.0.1:5432:5432"\n',
  },
  check(context) {
    for (const [name, service] of services(context)) {
      if (typeof service.image !== 'string' || !DATASTORES.has(imageName(service.image))) continue;
      for (const port of ports(service, ['services', name])) {
        if (port.hostIp && LOOPBACK.test(port.hostIp)) continue;
        context.report({
          range: at(context, port.path),
          message: `${name} (${imageName(service.image)}) is published on all interfaces: bind it to 127.0.0.1 or drop the mapping`,
        });
      }
    }
  },
};

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
            message: `host port ${port.published}/${port.protocol} is already published by ${clash.service}`,
          });
        else claimed.push({ address, port: port.published, protocol: port.protocol, service: name });
      }
    }
  },
};
