/**
 * Production files (compose.prod.yaml, docker-compose.production.yml, stack files): limits, restart,
 * log rotation, and the hardening hints. Development files are left alone: they trade these for speed.
 */

import type { ComposeContext, ComposeRule } from '../rule.js';
import { at, DATASTORES, imageName, isMapping, type Mapping, services } from './helpers.js';

/** Services this file runs: built or pulled. A file that only overrides keys is not judged on what it omits. */
function runnable(context: ComposeContext): Array<[string, Mapping]> {
  return services(context).filter(
    ([, service]) => service.image !== undefined || service.build !== undefined,
  );
}

export const composeContainerNameReplicas: ComposeRule = {
  kind: 'compose',
  id: 'compose-container-name-replicas',
  aliases: [],
  severity: 'error',
  fixable: false,
  docs: {
    summary: 'Do not set container_name on a service with more than one replica.',
    why: 'Container names are unique per host: with `container_name` and `deploy.replicas: 3` (or `--scale`), the second container cannot be created.',
    bad: 'services:\n  worker:\n    image: worker:1.0\n    container_name: worker\n    deploy:\n      replicas: 3\n',
    good: 'services:\n  worker:\n    image: worker:1.0\n    deploy:\n      replicas: 3\n',
  },
  check(context) {
    for (const [name, service] of services(context)) {
      const replicas = isMapping(service.deploy) ? Number(service.deploy.replicas ?? 1) : 1;
      if (service.container_name !== undefined && replicas > 1) {
        context.report({
          range: at(context, ['services', name, 'container_name']),
          message: `${name} has ${replicas} replicas but one fixed container name`,
        });
      }
    }
  },
};

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
          message: `${name} has no memory limit`,
        });
    }
  },
};

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
  check(context) {
    if (!context.production) return;
    for (const [name, service] of runnable(context)) {
      const policy =
        service.restart ?? (isMapping(service.deploy) ? service.deploy.restart_policy : undefined);
      if (policy === undefined || policy === 'no')
        context.report({
          range: at(context, ['services', name], true),
          message: `${name} has no restart policy: it stays down after a crash or reboot`,
        });
    }
  },
};

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

export const composeLogRotation: ComposeRule = {
  kind: 'compose',
  id: 'compose-log-rotation',
  aliases: [],
  severity: 'info',
  fixable: false,
  docs: {
    summary: 'Rotate container logs in production files.',
    why: 'Docker\'s default json-file driver never rotates: a chatty service fills the disk with its own logs. `logging: {driver: json-file, options: {max-size: 10m, max-file: "3"}}` (or the local driver) keeps them bounded, unless the engine\'s daemon.json already does.',
    bad: 'services:\n  api:\n    image: api:1.0\n',
    good: 'services:\n  api:\n    image: api:1.0\n    logging:\n      driver: json-file\n      options:\n        max-size: 10m\n        max-file: "3"\n',
    productionFile: true,
  },
  check(context) {
    if (!context.production) return;
    for (const [name, service] of runnable(context)) {
      const logging = service.logging;
      const driver = isMapping(logging) ? logging.driver : undefined;
      const options = isMapping(logging) && isMapping(logging.options) ? logging.options : {};
      const rotates =
        driver !== undefined && driver !== 'json-file' ? true : options['max-size'] !== undefined;
      if (!rotates)
        context.report({
          range: at(context, ['services', name], true),
          message: `${name} logs with json-file and no max-size: logs grow without bound`,
        });
    }
  },
};
