import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { workdirAbsolute } from './workdir-absolute.js';

ruleTester(workdirAbsolute, {
  valid: [
    df('FROM debian', 'WORKDIR /usr/src/app'),
    df('FROM debian', 'WORKDIR $APP_HOME'),
    df('FROM mcr.microsoft.com/windows', 'WORKDIR C:\\\\app'),
    df('FROM debian', 'WORKDIR "/quoted path"'),
  ],
  invalid: [
    {
      code: df('FROM debian', 'WORKDIR usr/src/app'),
      errors: [
        {
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 20,
          messageId: 'relative',
          data: { path: 'usr/src/app' },
        },
      ],
    },
  ],
});
