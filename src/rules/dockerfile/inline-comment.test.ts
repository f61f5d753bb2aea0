import { describe, expect, it } from 'vitest';
import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { lintDockerfileText } from '../../lint/engine.js';
import { inlineComment } from './inline-comment.js';

ruleTester(inlineComment, {
  valid: [
    df('FROM debian', '# a comment', 'COPY a /b'),
    df('FROM debian', 'RUN echo "#" # shells do comments'),
  ],
  invalid: [
    {
      code: df('FROM debian', 'EXPOSE 80 # http'),
      errors: [
        {
          line: 2,
          column: 11,
          endLine: 2,
          endColumn: 12,
          messageId: 'hereArgumentComment',
          data: { keyword: 'EXPOSE' },
        },
      ],
    },
    {
      code: df('FROM debian', 'COPY a ./ #note'),
      errors: [
        {
          line: 2,
          column: 11,
          endLine: 2,
          endColumn: 16,
          messageId: 'hereArgumentComment',
          data: { keyword: 'COPY' },
        },
      ],
    },
  ],
});

describe('a FROM with an inline comment', () => {
  it('is an input error with its column, as Docker refuses it', () => {
    const result = lintDockerfileText('FROM node:20  # the LTS line\n', 'Dockerfile');
    expect(result.problems).toEqual([
      {
        message: "'#' after FROM is not a comment: put the comment on its own line",
        position: { line: 1, column: 15 },
      },
    ]);
  });
});
