import type { ComposeRule } from '../rule.js';
import { at, isMapping, project, services } from './helpers.js';

export const composeHealthyDependency: ComposeRule = {
  kind: 'compose',
  id: 'compose-healthy-dependency',
  aliases: [],
  severity: 'error',
  fixable: false,
  docs: {
    summary: 'Only wait for service_healthy on a service that has a healthcheck.',
    why: '`condition: service_healthy` waits for a health status; a service without a healthcheck never gets one, so `docker compose up` fails with "dependency has no healthcheck" (or, with an image-defined check disabled, waits forever).',
    bad: 'services:\n  app:\n    image: app:1.0\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres:16.4-bookworm\n',
    good: 'services:\n  app:\n    image: app:1.0\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres:16.4-bookworm\n    healthcheck:\n      test: ["CMD-SHELL", "pg_isready -U postgres"]\n      interval: 5s\n',
  },
  messages: { neverHealthy: '{dependency} has no healthcheck, so it never becomes healthy' },
  check(context) {
    const byName = new Map(services(context));
    for (const [name, service] of byName) {
      if (!isMapping(service.depends_on)) continue;
      for (const [dependency, condition] of Object.entries(service.depends_on)) {
        if (!isMapping(condition) || condition.condition !== 'service_healthy') continue;
        // The dependency as the project sees it: an override may name a service whose base file sets its healthcheck.
        const merged = project(context).services;
        const target =
          (isMapping(merged) && isMapping(merged[dependency]) ? merged[dependency] : undefined) ??
          byName.get(dependency);
        if (!target) continue;
        const check = target.healthcheck;
        if (
          !isMapping(check) ||
          check.disable === true ||
          (Array.isArray(check.test) && check.test[0] === 'NONE')
        ) {
          context.report({
            range: at(context, ['services', name, 'depends_on', dependency, 'condition']),
            messageId: 'neverHealthy',
            data: { dependency },
          });
        }
      }
    }
  },
};
