import type { ComposeRule } from '../rule.js';
import { at, DATASTORES, imageName } from './helpers.js';
import { runnable } from './runnable-services.js';

export const composeHardening: ComposeRule = {
  kind: 'compose',
  id: 'compose-hardening',
  aliases: [],
  severity: 'info',
  fixable: false,
  docs: {
    summary: 'Harden production services: read_only, cap_drop: [ALL], no-new-privileges.',
    why: 'Three lines that cost nothing for most apps: a read-only root file system (with a tmpfs for /tmp) stops an intruder from dropping tools, `cap_drop: [ALL]` removes the kernel capabilities Docker grants by default, and `no-new-privileges` stops setuid binaries from regaining them.',
    bad: 'services:\n  api:\n    image: api:1.0\n',
    good: 'services:\n  api:\n    image: api:1.0\n    read_only: true\n    tmpfs: [/tmp]\n    cap_drop: [ALL]\n    security_opt: ["no-new-privileges:true"]\n',
    productionFile: true,
  },
  check(context) {
    if (!context.production) return;
    for (const [name, service] of runnable(context)) {
      // Official datastore images start as root and step down themselves: that needs capabilities
      // (SETUID, CHOWN) and writable run directories, so these settings would stop them from starting.
      if (typeof service.image === 'string' && DATASTORES.has(imageName(service.image))) continue;
      const missing: string[] = [];
      if (service.read_only !== true) missing.push('read_only: true');
      const drop = Array.isArray(service.cap_drop)
        ? service.cap_drop.map((cap) => String(cap).toUpperCase())
        : [];
      if (!drop.includes('ALL')) missing.push('cap_drop: [ALL]');
      const options = Array.isArray(service.security_opt) ? service.security_opt.map(String) : [];
      // Swarm services have no security_opt (docker stack deploy ignores it).
      if (!context.stack && !options.some((option) => /^no-new-privileges(:true|=true)?$/.test(option)))
        missing.push('no-new-privileges');
      if (missing.length)
        context.report({
          range: at(context, ['services', name], true),
          message: `${name} could add ${missing.join(', ')}`,
        });
    }
  },
};
