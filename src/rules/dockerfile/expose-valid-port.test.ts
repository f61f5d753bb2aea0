import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { exposeValidPort } from './expose-valid-port.js';

ruleTester(exposeValidPort, {
  valid: [df('FROM debian', 'EXPOSE 80 443/tcp 53/udp 8000-8010 ${PORT}')],
  invalid: [
    {
      code: df('FROM debian', 'EXPOSE 80000'),
      errors: [
        {
          line: 2,
          column: 8,
          endLine: 2,
          endColumn: 13,
          messageId: 'validPort',
          data: { portPart: '80000' },
        },
      ],
    },
    {
      code: df('FROM debian', 'EXPOSE 127.0.0.1:80:80'),
      errors: [
        {
          line: 2,
          column: 8,
          endLine: 2,
          endColumn: 23,
          messageId: 'exposeIncludesHost',
          data: { spec: '127.0.0.1:80:80' },
        },
      ],
    },
  ],
});
