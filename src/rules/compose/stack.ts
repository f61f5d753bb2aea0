/**
 * Swarm stack files: `docker stack deploy` reads Compose file format 3 with the docker CLI's own loader,
 * not the Compose Specification, so some keys a compose.yaml relies on are refused or silently ignored.
 */

import type { ComposeRule } from '../rule.js';
import { at, services } from './helpers.js';

export const stackVersion: ComposeRule = {
  kind: 'compose',
  id: 'stack-version',
  aliases: [],
  severity: 'error',
  fixable: false,
  docs: {
    summary: 'Give a Swarm stack file a format 3 version.',
    why: '`docker stack deploy` selects its schema from `version:`: the 20.10 CLI refuses a file without one ("unsupported Compose file version: 1.0"), and a 2.x version is not a stack file at all. Unlike compose.yaml, where `version` is obsolete, a stack file keeps `version: "3.8"` (the last format 3 release of the CLI loader most engines ship).',
    bad: 'services:\n  web:\n    image: nginx:1.27\n',
    good: 'version: "3.8"\nservices:\n  web:\n    image: nginx:1.27\n',
    stackFile: true,
  },
  check(context) {
    if (!context.stack) return;
    const version = context.value.version;
    if (version === undefined) {
      context.report({
        range: at(context, []),
        message: 'docker stack deploy refuses a stack file without version: add version: "3.8"',
      });
    } else if (!/^3(\.\d+)?$/.test(String(version))) {
      context.report({
        range: at(context, ['version']),
        message: `version ${String(version)} is not Compose file format 3, which docker stack deploy reads: use "3.8"`,
      });
    }
  },
};

/** Keys `docker stack deploy` refuses or ignores, and what Swarm offers instead. */
const TOP_LEVEL: Record<string, string> = {
  name: 'the stack is named on the command line: docker stack deploy -c docker-stack.yml <name>',
  include: 'format 3 has no include: merge files with several -c flags',
};
const SERVICE_KEYS: Record<string, string> = {
  build: 'Swarm pulls images and builds nothing: push the image and name it with image:',
  container_name: 'Swarm names tasks itself',
  depends_on: 'Swarm starts services in any order: make the app retry its connections',
  restart: 'Swarm ignores it: use deploy.restart_policy',
  links: 'Swarm ignores it: services reach each other by name on the stack network',
  network_mode: 'Swarm ignores it',
  devices: 'Swarm ignores it',
  security_opt: 'Swarm ignores it',
  cgroup_parent: 'Swarm ignores it',
  userns_mode: 'Swarm ignores it',
  profiles: 'format 3 has no profiles',
  pull_policy: 'format 3 has no pull_policy: Swarm pulls on every deploy',
};

export const stackUnsupportedKeys: ComposeRule = {
  kind: 'compose',
  id: 'stack-unsupported-keys',
  aliases: [],
  severity: 'warning',
  fixable: false,
  docs: {
    summary: 'Use only keys that docker stack deploy honours in a Swarm stack file.',
    why: "A stack file is read by the docker CLI's format 3 loader, which rejects keys it does not know (`name`, `include`, `profiles`) and silently ignores others that Compose honours (`build`, `restart`, `depends_on`, `container_name`, `security_opt`). A file that looks right deploys without the restart policy, ordering or hardening its author meant.",
    bad: 'version: "3.8"\nservices:\n  api:\n    image: ghcr.io/acme/api:1.0.0\n    restart: unless-stopped\n',
    good: 'version: "3.8"\nservices:\n  api:\n    image: ghcr.io/acme/api:1.0.0\n    deploy:\n      restart_policy:\n        condition: on-failure\n',
    stackFile: true,
  },
  check(context) {
    if (!context.stack) return;
    for (const [key, why] of Object.entries(TOP_LEVEL)) {
      if (key in context.value)
        context.report({ range: at(context, [key], true), message: `${key}: ${why}` });
    }
    for (const [name, service] of services(context)) {
      for (const [key, why] of Object.entries(SERVICE_KEYS)) {
        if (!(key in service)) continue;
        // A build next to an image is only a local convenience; without one the deploy fails.
        const message =
          key === 'build' && service.image === undefined
            ? `${name} has a build and no image: docker stack deploy cannot start it; ${why}`
            : `${name}: ${key}: ${why}`;
        context.report({ range: at(context, ['services', name, key], true), message });
      }
    }
  },
};
