import type { ComposeRule } from '../rule.js';
import { at, services } from './helpers.js';

const HOST_NAMESPACES: Array<[string, string]> = [
  ['network_mode', 'the host network'],
  ['pid', 'the host process table'],
  ['ipc', 'host IPC'],
  ['userns_mode', 'the host user namespace'],
  ['uts', 'the host UTS namespace'],
];

export const composeNoHostNamespaces: ComposeRule = {
  kind: 'compose',
  id: 'compose-no-host-namespaces',
  aliases: [],
  severity: 'warning',
  fixable: false,
  docs: {
    summary: "Do not share the host's network, PID, IPC or user namespace.",
    why: '`network_mode: host` puts the service on every host interface (its ports are open without any `ports:` mapping) and lets it reach services bound to localhost; `pid: host` lets it see and signal every host process. Publish ports instead.',
    bad: 'services:\n  web:\n    image: nginx:1.27\n    network_mode: host\n',
    good: 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "127.0.0.1:8080:80"\n',
  },
  messages: { shares: '{name} shares {what}' },
  check(context) {
    for (const [name, service] of services(context)) {
      for (const [key, what] of HOST_NAMESPACES) {
        if (service[key] === 'host')
          context.report({
            range: at(context, ['services', name, key]),
            messageId: 'shares',
            data: { name, what },
          });
      }
    }
  },
};
