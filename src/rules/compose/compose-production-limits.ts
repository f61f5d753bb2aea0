import type { ComposeRule } from '../rule.js';
import { at, isMapping } from './helpers.js';
import { runnable } from './runnable-services.js';

export const composeProductionLimits: ComposeRule = {
  kind: 'compose',
  id: 'compose-production-limits',
  aliases: [],
  severity: 'warning',
  fixable: false,
  docs: {
    summary: 'Give every service in a production file memory and CPU limits.',
    why: "Without a limit one leaking service can take all of the host's memory, and the kernel's OOM killer then picks a victim, possibly the database. `deploy.resources.limits` (honoured by Compose and Swarm) bounds the damage to the service at fault.",
    bad: 'services:\n  api:\n    image: api:1.0\n    restart: unless-stopped\n',
    good: 'services:\n  api:\n    image: api:1.0\n    restart: unless-stopped\n    deploy:\n      resources:\n        limits:\n          cpus: "1.0"\n          memory: 512M\n',
    productionFile: true,
  },
  messages: { noMemoryLimit: '{name} has no memory limit' },
  check(context) {
    if (!context.production) return;
    for (const [name, service] of runnable(context)) {
      const limits =
        isMapping(service.deploy) && isMapping(service.deploy.resources)
          ? service.deploy.resources.limits
          : undefined;
      const hasMemory = (isMapping(limits) && limits.memory !== undefined) || service.mem_limit !== undefined;
      if (!hasMemory)
        context.report({
          range: at(context, ['services', name], true),
          messageId: 'noMemoryLimit',
          data: { name },
        });
    }
  },
};
