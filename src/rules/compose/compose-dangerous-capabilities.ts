import type { ComposeRule } from '../rule.js';
import { at, services } from './helpers.js';

const DANGEROUS_CAPABILITIES = new Set([
  'ALL',
  'SYS_ADMIN',
  'SYS_MODULE',
  'SYS_PTRACE',
  'SYS_RAWIO',
  'SYS_BOOT',
  'NET_ADMIN',
  'DAC_READ_SEARCH',
  'SYS_TIME',
  'MAC_ADMIN',
  'BPF',
  'PERFMON',
]);

export const composeDangerousCapabilities: ComposeRule = {
  kind: 'compose',
  id: 'compose-dangerous-capabilities',
  aliases: [],
  severity: 'warning',
  fixable: false,
  docs: {
    summary: 'Do not add capabilities that amount to root on the host.',
    why: 'SYS_ADMIN, SYS_MODULE, SYS_PTRACE, NET_ADMIN, DAC_READ_SEARCH and `ALL` each open a known path out of the container (mounting file systems, loading kernel modules, reading other processes, reconfiguring the network). Most apps need none; binding a low port needs only NET_BIND_SERVICE.',
    bad: 'services:\n  app:\n    image: app:1.0\n    cap_add: [SYS_ADMIN]\n',
    good: 'services:\n  app:\n    image: app:1.0\n    cap_drop: [ALL]\n    cap_add: [NET_BIND_SERVICE]\n',
  },
  messages: { capability: '{cap} gives {name} a way out of the container' },
  check(context) {
    for (const [name, service] of services(context)) {
      if (!Array.isArray(service.cap_add)) continue;
      service.cap_add.forEach((capability, index) => {
        const cap = String(capability).toUpperCase().replace(/^CAP_/, '');
        if (DANGEROUS_CAPABILITIES.has(cap))
          context.report({
            range: at(context, ['services', name, 'cap_add', index]),
            messageId: 'capability',
            data: { cap, name },
          });
      });
    }
  },
};
