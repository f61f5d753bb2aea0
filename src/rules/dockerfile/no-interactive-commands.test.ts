import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { noInteractiveCommands } from './no-interactive-commands.js';

ruleTester(noInteractiveCommands, {
  valid: [df('FROM debian', 'RUN apt-get install -y procps')],
  invalid: [
    {
      code: df('FROM debian', 'RUN service apache2 restart && top -b'),
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 28,
          messageId: 'makesSenseBuild',
          data: { program: 'service' },
        },
        {
          line: 2,
          column: 32,
          endLine: 2,
          endColumn: 38,
          messageId: 'makesSenseBuild',
          data: { program: 'top' },
        },
      ],
    },
  ],
});
