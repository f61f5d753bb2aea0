import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { shellSyntax } from './shell-syntax.js';

ruleTester(shellSyntax, {
  valid: [
    df('FROM debian:bookworm-slim', 'RUN if true; then echo hi; fi'),
    df('FROM debian:bookworm-slim', 'RUN ["sh", "-c", "if true; then"]'),
    {
      name: 'PowerShell is not sh',
      code: df('FROM mcr.microsoft.com/windows/servercore:ltsc2022', 'RUN if ($true) { echo "hi" }'),
    },
    {
      name: 'a SHELL that is not sh',
      code: df('FROM debian:bookworm-slim', 'SHELL ["python3", "-c"]', 'RUN print("a"'),
    },
  ],
  invalid: [
    {
      name: 'an if without fi',
      code: df('FROM debian:bookworm-slim', 'RUN if true; then echo hi'),
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 6, messageId: 'syntax' }],
    },
    {
      name: 'an unterminated quote',
      code: df('FROM debian:bookworm-slim', 'RUN echo "hello && make'),
      errors: [{ line: 2, column: 10, endLine: 2, endColumn: 11, messageId: 'syntax' }],
    },
  ],
});
