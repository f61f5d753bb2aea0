import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { instructionOrder } from './instruction-order.js';

ruleTester(instructionOrder, {
  valid: [
    df('FROM debian:bookworm-slim', 'LABEL a=b'),
    df('ARG BASE=debian:bookworm-slim', 'FROM ${BASE}'),
    df('# syntax=docker/dockerfile:1', '# a comment', 'FROM debian:bookworm-slim'),
    df('FROM debian:bookworm-slim', 'ARG V=1', 'RUN echo $V'),
  ],
  invalid: [
    {
      code: df('LABEL a=b', 'FROM debian:bookworm-slim'),
      errors: [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 10,
          messageId: 'beforeFrom',
          data: { keyword: 'LABEL' },
        },
      ],
    },
    {
      name: 'after the global ARGs',
      code: df('ARG V=1', 'run echo $V', 'FROM debian:bookworm-slim'),
      errors: [
        { line: 2, column: 1, endLine: 2, endColumn: 12, messageId: 'beforeFrom', data: { keyword: 'run' } },
      ],
    },
  ],
});
