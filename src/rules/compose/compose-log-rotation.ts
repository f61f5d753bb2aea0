import type { ComposeRule } from '../rule.js';
import { at, isMapping } from './helpers.js';
import { runnable } from './runnable-services.js';

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
  messages: { unboundedLogs: '{name} logs with json-file and no max-size: logs grow without bound' },
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
          messageId: 'unboundedLogs',
          data: { name },
        });
    }
  },
};
