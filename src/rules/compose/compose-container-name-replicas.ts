import type { ComposeRule } from '../rule.js';
import { at, isMapping, services } from './helpers.js';

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
  messages: { replicas: '{name} has {replicas} replicas but one fixed container name' },
  check(context) {
    for (const [name, service] of services(context)) {
      const replicas = isMapping(service.deploy) ? Number(service.deploy.replicas ?? 1) : 1;
      if (service.container_name !== undefined && replicas > 1) {
        context.report({
          range: at(context, ['services', name, 'container_name']),
          messageId: 'replicas',
          data: { name, replicas },
        });
      }
    }
  },
};
