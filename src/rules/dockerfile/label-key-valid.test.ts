import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { labelKeyValid } from './label-key-valid.js';

ruleTester(labelKeyValid, {
  valid: [df('FROM debian', 'LABEL org.opencontainers.image.title="x" version=1 maintainer=me')],
  invalid: [
    {
      code: df('FROM debian', 'LABEL Version=1 com.docker.x=y a..b=c'),
      errors: [
        {
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 16,
          message: 'label key Version should be lower-case letters, digits, . and -, starting with a letter',
        },
        {
          line: 2,
          column: 17,
          endLine: 2,
          endColumn: 31,
          message: 'com.docker.x uses a namespace reserved for Docker',
        },
        {
          line: 2,
          column: 32,
          endLine: 2,
          endColumn: 38,
          message: 'label key a..b should be lower-case letters, digits, . and -, starting with a letter',
        },
      ],
    },
  ],
});
