import { ruleTester } from '../../../test/rule-tester.js';
import { composeContainerNameReplicas } from './compose-container-name-replicas.js';

const y = (...lines: string[]) => `${lines.join('\n')}\n`;

ruleTester(composeContainerNameReplicas, {
  valid: [y('services:', '  a:', '    image: x:1', '    container_name: a')],
  invalid: [
    {
      code: y('services:', '  a:', '    image: x:1', '    container_name: a', '    deploy: { replicas: 2 }'),
      errors: [
        {
          line: 4,
          column: 21,
          endLine: 4,
          endColumn: 22,
          messageId: 'replicas',
          data: { name: 'a', replicas: '2' },
        },
      ],
    },
  ],
});
