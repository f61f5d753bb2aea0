import { describe, expect, it } from 'vitest';
import { ruleTester } from '../../../test/rule-tester.js';
import { lintWithRule } from '../../lint/rule-examples.js';
import { composeNoVersion } from './compose-no-version.js';

const y = (...lines: string[]) => `${lines.join('\n')}\n`;

const stack = { configRelativePath: 'docker-stack.yml' };

ruleTester(composeNoVersion, {
  valid: [y('services: {}')],
  invalid: [
    {
      code: y('version: "3.8"', '', 'services:', '  web:', '    image: nginx:1.27'),
      errors: [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 15,
          message: 'the version key is obsolete and ignored: remove it',
        },
      ],
      output: y('', 'services:', '  web:', '    image: nginx:1.27'),
    },
    {
      name: 'in the middle, with a comment kept',
      code: y('# my app', 'name: shop', "version: '3'", 'services: {}'),
      errors: [
        {
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 13,
          message: 'the version key is obsolete and ignored: remove it',
        },
      ],
      output: y('# my app', 'name: shop', 'services: {}'),
    },
  ],
});

describe('compose-no-version on a Swarm stack file', () => {
  it('compose-no-version leaves a stack file its version', () => {
    expect(lintWithRule(composeNoVersion, y('version: "3.8"', 'services: {}'), stack).findings).toEqual([]);
  });
});
