import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { exposeProtocolCasing } from './expose-protocol-casing.js';

ruleTester(exposeProtocolCasing, {
  valid: [df('FROM debian', 'EXPOSE 80/tcp')],
  invalid: [
    {
      code: df('FROM debian', 'EXPOSE 80/TCP 53/Udp'),
      errors: [
        { line: 2, column: 8, endLine: 2, endColumn: 14, message: 'protocol TCP should be lower case' },
        { line: 2, column: 15, endLine: 2, endColumn: 21, message: 'protocol Udp should be lower case' },
      ],
      output: df('FROM debian', 'EXPOSE 80/tcp 53/udp'),
    },
  ],
});
