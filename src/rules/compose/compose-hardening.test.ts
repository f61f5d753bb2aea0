import { describe, expect, it } from 'vitest';
import { ruleTester } from '../../../test/rule-tester.js';
import { lintWithRule } from '../../lint/rule-examples.js';
import { composeHardening } from './compose-hardening.js';

const y = (...lines: string[]) => `${lines.join('\n')}\n`;

const prod = { configRelativePath: 'compose.prod.yaml' };

const stack = { configRelativePath: 'docker-stack.yml' };

ruleTester(composeHardening, {
  valid: [
    {
      code: y(
        'services:',
        '  a:',
        '    image: x:1',
        '    read_only: true',
        '    cap_drop: [all]',
        '    security_opt: [no-new-privileges]',
      ),
      options: prod,
    },
  ],
  invalid: [
    {
      code: y('services:', '  a:', '    image: x:1', '    read_only: true'),
      errors: [
        {
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 4,
          message: 'a could add cap_drop: [ALL], no-new-privileges',
        },
      ],
      options: prod,
    },
  ],
});

describe('compose-hardening on a Swarm stack file', () => {
  it('compose-hardening asks a stack for read_only and cap_drop, not the security_opt Swarm ignores, and leaves datastores alone', () => {
    const code = y(
      'version: "3.8"',
      'services:',
      '  api:',
      '    image: api:1.0',
      '  db:',
      '    image: postgres:17-bookworm',
    );
    expect(lintWithRule(composeHardening, code, stack).findings.map((f) => f.message)).toEqual([
      'api could add read_only: true, cap_drop: [ALL]',
    ]);
  });
});
