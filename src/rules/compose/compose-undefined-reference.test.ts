import { ruleTester } from '../../../test/rule-tester.js';
import { composeUndefinedReference } from './compose-undefined-reference.js';

const y = (...lines: string[]) => `${lines.join('\n')}\n`;

ruleTester(composeUndefinedReference, {
  valid: [
    y(
      'services:',
      '  a:',
      '    image: x:1',
      '    volumes: ["data:/d", "./src:/src", "/abs:/abs", "/anon"]',
      '    networks: [default, back]',
      '    secrets: [pw]',
      'volumes: { data: {} }',
      'networks: { back: {} }',
      'secrets: { pw: { file: ./pw } }',
    ),
  ],
  invalid: [
    {
      code: y(
        'services:',
        '  a:',
        '    image: x:1',
        '    volumes: ["dta:/d"]',
        '    networks: { front: {} }',
        '    secrets: [pw]',
        '    depends_on: [db]',
        'volumes: { data: {} }',
      ),
      errors: [
        {
          line: 4,
          column: 15,
          endLine: 4,
          endColumn: 23,
          message: 'volume dta is not declared under top-level volumes:',
        },
        {
          line: 5,
          column: 24,
          endLine: 5,
          endColumn: 26,
          message: 'network front is not declared under top-level networks:',
        },
        {
          line: 6,
          column: 15,
          endLine: 6,
          endColumn: 17,
          message: 'secret pw is not declared under top-level secrets:',
        },
        {
          line: 7,
          column: 18,
          endLine: 7,
          endColumn: 20,
          message: 'depends_on names db, which is not a service here',
        },
      ],
    },
  ],
});
