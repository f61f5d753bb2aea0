import type { ComposeRule } from '../rule.js';
import { at, services } from './helpers.js';

export const composeNoPrivileged: ComposeRule = {
  kind: 'compose',
  id: 'compose-no-privileged',
  aliases: [],
  severity: 'error',
  fixable: false,
  docs: {
    summary: 'Do not run services privileged.',
    why: '`privileged: true` gives the container every capability and all host devices: root in the container is root on the host. Grant the one capability the service needs with `cap_add`, or the one device with `devices`.',
    bad: 'services:\n  app:\n    image: app:1.0\n    privileged: true\n',
    good: 'services:\n  app:\n    image: app:1.0\n    cap_add: [NET_BIND_SERVICE]\n',
  },
  messages: { privileged: '{name} runs privileged: it can take over the host' },
  check(context) {
    for (const [name, service] of services(context)) {
      if (service.privileged === true)
        context.report({
          range: at(context, ['services', name, 'privileged']),
          messageId: 'privileged',
          data: { name },
        });
    }
  },
};
