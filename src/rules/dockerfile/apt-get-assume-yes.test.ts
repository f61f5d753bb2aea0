import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { aptGetAssumeYes } from './apt-get-assume-yes.js';

ruleTester(aptGetAssumeYes, {
  valid: [
    df('FROM debian', 'RUN apt-get install -y curl'),
    df('FROM debian', 'RUN apt-get -y install curl'),
    df('FROM debian', 'RUN apt-get install --yes curl'),
    df('FROM debian', 'RUN apt-get install --assume-yes curl'),
    df('FROM debian', 'RUN apt-get -qq install curl'),
    df('FROM debian', 'RUN apt-get -q -q install curl'),
    df('FROM debian', 'RUN apt-get -yq install curl'),
    df('FROM debian', 'RUN apt-get update'),
  ],
  invalid: [
    {
      code: df('FROM debian', 'RUN apt-get install curl'),
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 25,
          message: 'apt-get install needs -y: a build cannot answer its prompt',
        },
      ],
      output: df('FROM debian', 'RUN apt-get install -y curl'),
    },
    {
      code: df('FROM debian', 'RUN apt-get -q install curl'),
      errors: [
        {
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 28,
          message: 'apt-get install needs -y: a build cannot answer its prompt',
        },
      ],
      output: df('FROM debian', 'RUN apt-get -q install -y curl'),
    },
    {
      name: 'inside sh -c',
      code: df('FROM debian', "RUN sh -c 'apt-get update && apt-get install curl'"),
      errors: [
        {
          line: 2,
          column: 30,
          endLine: 2,
          endColumn: 50,
          message: 'apt-get install needs -y: a build cannot answer its prompt',
        },
      ],
      output: df('FROM debian', "RUN sh -c 'apt-get update && apt-get install -y curl'"),
    },
    {
      name: 'in a heredoc',
      code: df('FROM debian', 'RUN <<EOF', 'apt-get update', 'apt-get install curl', 'EOF'),
      errors: [
        {
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 21,
          message: 'apt-get install needs -y: a build cannot answer its prompt',
        },
      ],
      output: df('FROM debian', 'RUN <<EOF', 'apt-get update', 'apt-get install -y curl', 'EOF'),
    },
    {
      name: 'ONBUILD',
      code: df('FROM debian', 'ONBUILD RUN apt-get install curl'),
      errors: [
        {
          line: 2,
          column: 13,
          endLine: 2,
          endColumn: 33,
          message: 'apt-get install needs -y: a build cannot answer its prompt',
        },
      ],
      output: df('FROM debian', 'ONBUILD RUN apt-get install -y curl'),
    },
  ],
});
