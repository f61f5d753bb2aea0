import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../parse/dockerfile.js';
import { DEFAULT_CONFIG } from './settings.js';
import { type ShellcheckRunner, shellcheckFindings } from './shellcheck.js';

const lines = (...text: string[]) => `${text.join('\n')}\n`;
const installed = !spawnSync('shellcheck', ['--version']).error;

/** A stand-in that reports SC2086 on every `$x` of the script, where ShellCheck would. */
const fakeShellcheck: ShellcheckRunner = (script) =>
  [...script.matchAll(/\$x/g)].map((match) => {
    const before = script.slice(0, match.index);
    const line = before.split('\n').length;
    const column = match.index - before.lastIndexOf('\n');
    return {
      line,
      column,
      endLine: line,
      endColumn: column + 2,
      level: 'info',
      code: 2086,
      message: 'Double quote',
    };
  });

const at = (text: string, run: ShellcheckRunner = fakeShellcheck, config = DEFAULT_CONFIG) =>
  shellcheckFindings(parseDockerfile(text), 'Dockerfile', config, run)?.map(
    (f) =>
      `${f.ruleId} ${f.range.start.line}:${f.range.start.column}-${f.range.end.line}:${f.range.end.column}`,
  );

describe('ShellCheck on RUN scripts', () => {
  it('maps positions back into the Dockerfile, across continuation lines and in heredocs', () => {
    const text = lines('FROM debian', 'RUN echo ok && \\', '    echo $x', 'RUN <<EOF', 'echo $x', 'EOF');
    expect(at(text)).toEqual(['SC2086 3:10-3:12', 'SC2086 5:6-5:8']);
  });

  it('honours hadolint pragmas and rule levels for SC ids', () => {
    const text = lines('FROM debian', '# hadolint ignore=SC2086', 'RUN echo $x', 'RUN echo $x');
    expect(at(text)).toEqual(['SC2086 4:10-4:12']);
    expect(at(text, fakeShellcheck, { ...DEFAULT_CONFIG, rules: { SC2086: 'off' } })).toEqual([]);
  });

  it('leaves Windows stages and scripts the shell parser refuses alone', () => {
    expect(at(lines('FROM mcr.microsoft.com/windows/servercore:ltsc2022', 'RUN echo $x'))).toEqual([]);
    expect(at(lines('FROM debian', 'RUN if $x; then'))).toEqual([]);
  });

  it('says when ShellCheck is missing', () => {
    expect(at(lines('FROM debian', 'RUN echo $x'), () => undefined)).toBeUndefined();
  });

  it.skipIf(!installed)('runs the real ShellCheck when it is installed', () => {
    const text = lines('FROM debian', 'RUN cd /tmp; echo $1');
    const found = shellcheckFindings(parseDockerfile(text), 'Dockerfile', DEFAULT_CONFIG) ?? [];
    expect(found.map((f) => `${f.ruleId} ${f.range.start.line}:${f.range.start.column}`)).toEqual(
      expect.arrayContaining(['SC2164 2:5', 'SC2086 2:19']),
    );
  });
});
