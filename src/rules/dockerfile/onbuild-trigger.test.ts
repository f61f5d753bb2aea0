import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { onbuildTrigger } from './onbuild-trigger.js';

ruleTester(onbuildTrigger, {
  valid: [df('FROM debian', 'ONBUILD RUN make')],
  invalid: [
    {
      code: df('FROM debian', 'ONBUILD MAINTAINER me'),
      errors: [
        {
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 22,
          messageId: 'trigger',
          data: { trigger: 'MAINTAINER' },
        },
      ],
    },
    {
      code: df('FROM debian', 'ONBUILD onbuild run x'),
      errors: [
        {
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 22,
          messageId: 'trigger',
          data: { trigger: 'ONBUILD' },
        },
      ],
    },
  ],
});
