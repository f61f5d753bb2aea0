import type { ComposeRule } from '../rule.js';
import { at } from './helpers.js';

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
