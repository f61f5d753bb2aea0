import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { labelKeyValid } from './label-key-valid.js';

ruleTester(labelKeyValid, {
  valid: [
    df('FROM debian', 'LABEL org.opencontainers.image.title="x" version=1 maintainer=me'),
    {
      name: 'a key from a build argument cannot be known',
      code: df('FROM debian', 'ARG NS', 'LABEL ${NS}.version=1'),
    },
    df('FROM debian', 'ARG NS=org.example', 'LABEL ${NS}.version=1'),
  ],
  invalid: [
    {
      name: "a variable nothing declares (hadolint's spec case)",
      code: df('FROM debian', 'LABEL invalid$character="foo"'),
      errors: [
        {
          line: 2,
          column: 7,
          endLine: 2,
          endColumn: 30,
          message:
            'label key invalid$character uses $character, which nothing before it declares: Docker puts its value (most likely empty) in the key',
        },
      ],
    },
    {
      name: 'checked as Docker expands it',
      code: df('FROM debian', 'ENV VENDOR=Acme', 'LABEL com.${VENDOR}.x=1'),
      errors: [
        {
          line: 3,
          column: 7,
          endLine: 3,
          endColumn: 24,
          message:
            'label key com.Acme.x should be lower-case letters, digits, . and -, starting with a letter',
        },
      ],
    },
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
