import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { legacyKeyValue } from './legacy-key-value.js';

ruleTester(legacyKeyValue, {
  valid: [df('FROM debian', 'ENV A=1 B="two words"'), df('FROM debian', 'LABEL a=b')],
  invalid: [
    {
      name: 'a backslash keeps its meaning (Windows paths)',
      code: df('FROM debian', 'ENV GOPATH C:\\\\go'),
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 18,
          messageId: 'legacyForm',
          data: { keyword: 'ENV', key: 'GOPATH' },
        },
      ],
      output: df('FROM debian', 'ENV GOPATH=C:\\\\go'),
    },
    {
      name: 'under the backtick escape, backslashes are plain characters',
      code: df('# escape=`', 'FROM mcr.microsoft.com/windows/servercore:ltsc2022', 'ENV APPDIR C:\\app'),
      errors: [
        {
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 18,
          messageId: 'legacyForm',
          data: { keyword: 'ENV', key: 'APPDIR' },
        },
      ],
      output: df('# escape=`', 'FROM mcr.microsoft.com/windows/servercore:ltsc2022', 'ENV APPDIR=C:\\app'),
    },
    {
      name: 'a quoted legacy LABEL with more words has no safe rewrite',
      code: df('FROM debian', 'LABEL d "my app" vendor=acme'),
      errors: [
        {
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 29,
          messageId: 'legacyForm',
          data: { keyword: 'LABEL', key: 'd' },
        },
      ],
      output: null,
    },
    {
      code: df('FROM debian', 'ENV GREETING hello world'),
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 25,
          messageId: 'legacyForm',
          data: { keyword: 'ENV', key: 'GREETING' },
        },
      ],
      output: df('FROM debian', 'ENV GREETING="hello world"'),
    },
    {
      code: df('FROM debian', 'LABEL version 1.0'),
      errors: [
        {
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 18,
          messageId: 'legacyForm',
          data: { keyword: 'LABEL', key: 'version' },
        },
      ],
      output: df('FROM debian', 'LABEL version=1.0'),
    },
  ],
});
