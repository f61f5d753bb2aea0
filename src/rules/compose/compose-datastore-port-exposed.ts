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
