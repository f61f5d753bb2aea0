import { resolve } from 'node:path';
import { loadComposeProject } from '../../parse/compose.js';
import type { ComposeRule } from '../rule.js';

export const composeReferences: ComposeRule = {
  kind: 'compose',
  id: 'compose-references',
  aliases: [],
  severity: 'error',
  fixable: false,
  docs: {
    summary: 'Resolve every include and extends.',
    why: '`extends` naming a service that does not exist, a cycle of `extends`, an `include` of a missing file, or an included service that collides with one of yours: Compose refuses each of these when it loads the project. Found here, they point at the line to change.',
    bad: 'services:\n  worker:\n    extends: base\n    command: ["node", "worker.js"]\n',
    good: 'services:\n  base:\n    image: node:20-bookworm-slim\n  worker:\n    extends: base\n    command: ["node", "worker.js"]\n',
  },
  messages: { otherFile: '{file}: {message}' },
  check({ source, path, readFile, env, report }) {
    // Read this file from the model being linted, others from disk when the caller gave access.
    const absolute = resolve(path);
    const read = (file: string) => (file === absolute ? source.text : readFile?.(file));
    const project = loadComposeProject({
      files: [absolute],
      read,
      env,
      envFiles: [],
      validate: false,
      parsed: new Map([[absolute, { ...source, path: absolute }]]),
    });
    for (const problem of project.problems) {
      if (problem.kind !== 'structure') continue;
      if (problem.file === absolute && problem.range)
        report({ range: problem.range, message: problem.message });
      else if (problem.file !== absolute)
        report({
          range: source.index.range(0, 0),
          messageId: 'otherFile',
          data: { file: problem.file, message: problem.message },
        });
    }
  },
};
