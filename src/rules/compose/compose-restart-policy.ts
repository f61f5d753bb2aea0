import type { ComposeRule } from '../rule.js';
import { at, isMapping } from './helpers.js';
import { runnable } from './runnable-services.js';

export const composeRestartPolicy: ComposeRule = {
  kind: 'compose',
  id: 'compose-restart-policy',
  aliases: [],
  severity: 'warning',
  fixable: false,
  docs: {
    summary: 'Give every service in a production file a restart policy.',
    why: 'The default is `no`: a service that crashes, or a host that reboots, leaves it down until someone notices. `restart: unless-stopped` (Compose) or `deploy.restart_policy` (Swarm) brings it back.',
    bad: 'services:\n  api:\n    image: api:1.0\n    deploy:\n      resources:\n        limits:\n          memory: 512M\n',
    good: 'services:\n  api:\n    image: api:1.0\n    restart: unless-stopped\n    deploy:\n      resources:\n        limits:\n          memory: 512M\n',
    productionFile: true,
  },
  messages: { noRestart: '{name} has no restart policy: it stays down after a crash or reboot' },
  check(context) {
    if (!context.production) return;
    for (const [name, service] of runnable(context)) {
      const policy =
        service.restart ?? (isMapping(service.deploy) ? service.deploy.restart_policy : undefined);
      if (policy === undefined || policy === 'no')
        context.report({
          range: at(context, ['services', name], true),
          messageId: 'noRestart',
          data: { name },
        });
    }
  },
};
