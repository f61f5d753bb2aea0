import type { ComposeRule } from '../rule.js';
import { at, services } from './helpers.js';

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

/** Keys `docker stack deploy` refuses or ignores, and what Swarm offers instead. */
const TOP_LEVEL: Record<string, string> = {
  name: 'the stack is named on the command line: docker stack deploy -c docker-stack.yml <name>',
  include: 'format 3 has no include: merge files with several -c flags',
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
  messages: { unsupported: '{key}: {why}' },
  check(context) {
    if (!context.stack) return;
    for (const [key, why] of Object.entries(TOP_LEVEL)) {
      if (key in context.value)
        context.report({ range: at(context, [key], true), messageId: 'unsupported', data: { key, why } });
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
