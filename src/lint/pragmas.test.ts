import { describe, expect, it } from 'vitest';
import { findRule } from '../rules/index.js';
import { lintDockerfileText } from './engine.js';

const lines = (...text: string[]) => `${text.join('\n')}\n`;

function ids(text: string, ruleId: string): number[] {
  const rule = findRule(ruleId);
  if (!rule) throw new Error(ruleId);
  return lintDockerfileText(text, 'Dockerfile', { rules: [rule] }).findings.map((f) => f.range.start.line);
}

describe('ignore pragmas, read as hadolint reads them', () => {
  it('drops a hadolint list with an entry that is no rule id, as hadolint does', () => {
    expect(ids(lines('FROM scratch', '# hadolint ignore=nonsense,DL3002', 'USER root'), 'DL3002')).toEqual([
      3,
    ]);
  });

  it('takes shipshape ids and a trailing comment in a hadolint list', () => {
    const text = lines(
      'FROM scratch',
      '# hadolint ignore=last-user-not-root, DL3011 # reviewed',
      'USER root',
    );
    expect(ids(text, 'DL3002')).toEqual([]);
  });

  it('silences a whole stage with `hadolint stage ignore` above its FROM, and only that stage', () => {
    const text = lines(
      'FROM debian:bookworm-slim AS build',
      'EXPOSE 70000',
      '# hadolint stage ignore=DL3011',
      'FROM debian:bookworm-slim',
      'EXPOSE 80000',
      'EXPOSE 90000',
    );
    expect(ids(text, 'DL3011')).toEqual([2]);
  });

  it('reads `shipshape-ignore-stage` the same way', () => {
    const text = lines(
      '# shipshape-ignore-stage expose-valid-port',
      'FROM debian:bookworm-slim',
      'EXPOSE 80000',
    );
    expect(ids(text, 'expose-valid-port')).toEqual([]);
  });

  it('lints ONBUILD triggers like the instructions they stand for', () => {
    const text = lines('FROM debian:bookworm-slim', 'ONBUILD RUN apt-get update && apt-get install -y make');
    expect(ids(text, 'DL3009')).toEqual([2]);
  });
});
