import { validateCompose } from '../../parse/compose-schema.js';
import { rangeAt } from '../../parse/yaml-source.js';
import type { ComposeRule } from '../rule.js';

export const composeSchema: ComposeRule = {
  kind: 'compose',
  id: 'compose-schema',
  aliases: [],
  severity: 'error',
  fixable: false,
  docs: {
    summary: 'Follow the Compose Specification schema.',
    why: 'Docker Compose rejects a file with an unknown key or a value of the wrong type, often with a message far from the cause; a misspelt key (`enviroment:`) may be caught only when the stack fails to start. The schema check finds these at the exact line.',
    bad: 'services:\n  web:\n    image: nginx:1.27\n    ports: "8080:80"\n',
    good: 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "8080:80"\n',
  },
  check({ source, value, report }) {
    for (const problem of validateCompose(value)) {
      report({ range: rangeAt(source, problem.path, problem.atKey), message: problem.message });
    }
  },
};
