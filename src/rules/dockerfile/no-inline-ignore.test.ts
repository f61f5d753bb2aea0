import { describe, expect, it } from 'vitest';
import { dockerfile as df, ruleTester } from '../../../test/rule-tester.js';
import { lintDockerfileText } from '../../lint/engine.js';
import { noInlineIgnore } from './no-inline-ignore.js';

const message = 'an inline ignore pragma: keep the exception in .shipshape.yaml instead';

ruleTester(noInlineIgnore, {
  valid: [
    df('# hadolint shell=powershell', 'FROM mcr.microsoft.com/windows/servercore:ltsc2022'),
    df('# just a note', 'FROM debian:bookworm-slim'),
    df('# hadolint global ignore=DL3008', 'FROM debian:bookworm-slim'),
    df('FROM debian:bookworm-slim'),
  ],
  invalid: [
    {
      code: df('FROM debian:bookworm-slim', '# hadolint ignore=DL3003', 'RUN cd /tmp && make'),
      errors: [{ line: 2, column: 1, endLine: 2, endColumn: 25, message }],
    },
    {
      code: df('FROM debian:bookworm-slim', '  # shipshape-ignore no-cd-in-run', 'RUN cd /tmp && make'),
      errors: [{ line: 2, column: 3, endLine: 2, endColumn: 34, message }],
    },
  ],
});

describe('no-inline-ignore by default', () => {
  it('is off until a configuration turns it on, as hadolint ships DL1001', () => {
    const text = df('FROM debian:bookworm-slim', '# hadolint ignore=DL3003', 'RUN cd /tmp && make');
    expect(lintDockerfileText(text, 'Dockerfile', { rules: [noInlineIgnore] }).findings).toEqual([]);
  });
});
