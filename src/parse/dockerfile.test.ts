import { describe, expect, it } from 'vitest';
import {
  expandAt,
  finalStage,
  type Instruction,
  parseDockerfile,
  resolveStage,
  variablesAt,
} from './dockerfile.js';
import { runScripts } from './dockerfile-shell.js';

const lines = (...text: string[]) => `${text.join('\n')}\n`;
const only = (text: string, keyword: string): Instruction => {
  const found = parseDockerfile(text).instructions.filter((i) => i.keyword === keyword);
  expect(found).toHaveLength(1);
  return found[0] as Instruction;
};

describe('parser directives', () => {
  it('reads syntax, escape and check at the top of the file', () => {
    const model = parseDockerfile(
      lines(
        '# syntax=docker/dockerfile:1.7',
        '# escape=`',
        '# check=skip=JSONArgsRecommended;error=true',
        'FROM scratch',
      ),
    );
    expect(model.directives.map((d) => [d.name, d.value])).toEqual([
      ['syntax', 'docker/dockerfile:1.7'],
      ['escape', '`'],
      ['check', 'skip=JSONArgsRecommended;error=true'],
    ]);
    expect(model.escape).toBe('`');
  });

  it('stops reading directives at the first other line, as BuildKit does', () => {
    const model = parseDockerfile(lines('# a comment', '# escape=`', 'FROM scratch'));
    expect(model.directives).toEqual([]);
    expect(model.escape).toBe('\\');
  });

  it('reports a repeated directive and an invalid escape', () => {
    expect(parseDockerfile(lines('# syntax=a', '# syntax=b', 'FROM scratch')).problems[0]?.message).toMatch(
      /only one syntax/,
    );
    expect(parseDockerfile(lines('# escape=x', 'FROM scratch')).problems[0]?.message).toMatch(
      /invalid escape/,
    );
  });
});

describe('instructions and line continuations', () => {
  it('joins continuations and drops comment and blank lines inside them', () => {
    const run = only(
      lines(
        'FROM debian',
        'RUN apt-get update \\',
        '  # refresh the lists first',
        '',
        '  && apt-get install -y curl',
      ),
      'RUN',
    );
    expect(run.rest).toBe('apt-get update   && apt-get install -y curl');
    expect(run.range.start).toEqual({ line: 2, column: 1 });
    expect(run.range.end.line).toBe(5);
    expect(run.emptyContinuationLines).toEqual([4]);
    const commands = runScripts(run)[0]?.script.commands.map((c) => c.program);
    expect(commands).toEqual(['apt-get', 'apt-get']);
  });

  it('honours `# escape=`` so Windows paths keep their backslashes', () => {
    const model = parseDockerfile(
      lines(
        '# escape=`',
        'FROM mcr.microsoft.com/windows/servercore',
        'COPY testfile.txt c:\\ `',
        '  d:\\',
        'RUN dir c:\\',
      ),
    );
    const copy = model.instructions[1] as Instruction;
    expect(copy.args.map((a) => a.raw)).toEqual(['testfile.txt', 'c:\\', 'd:\\']);
    expect(model.instructions).toHaveLength(3);
  });

  it('treats an inline # after FROM as arguments, not a comment', () => {
    const model = parseDockerfile(lines('FROM node:20  # the LTS line'));
    const from = model.instructions[0] as Instruction;
    expect(from.args.map((a) => a.raw)).toEqual(['node:20', '#', 'the', 'LTS', 'line']);
    expect(model.problems).toEqual([
      {
        message: "'#' after FROM is not a comment: put the comment on its own line",
        position: { line: 1, column: 15 },
      },
    ]);
  });

  it('reports an unknown instruction with its line and column', () => {
    const model = parseDockerfile(lines('FROM debian', '  FOOBAR baz'));
    expect(model.problems).toEqual([
      { message: 'unknown instruction: FOOBAR', position: { line: 2, column: 3 } },
    ]);
  });

  it('keeps the keyword as written for casing rules', () => {
    const from = parseDockerfile(lines('from debian as Build')).instructions[0] as Instruction;
    expect(from.keyword).toBe('FROM');
    expect(from.keywordText).toBe('from');
    expect(from.keywordRange).toMatchObject({ start: { line: 1, column: 1 }, end: { line: 1, column: 5 } });
  });

  it('gives each argument its exact source range across continuation lines', () => {
    const text = lines('FROM debian', 'COPY --chown=1000:1000 \\', '     src/ \\', '     /app/');
    const copy = parseDockerfile(text).instructions[1] as Instruction;
    const [src, dest] = copy.args;
    expect(src?.range).toMatchObject({ start: { line: 3, column: 6 }, end: { line: 3, column: 10 } });
    expect(dest?.range).toMatchObject({ start: { line: 4, column: 6 }, end: { line: 4, column: 11 } });
    expect(text.slice(dest?.range.startOffset, dest?.range.endOffset)).toBe('/app/');
  });

  it('keeps an instruction other than ARG before the first FROM out of every stage (a rule reports it)', () => {
    const model = parseDockerfile(lines('RUN true', 'FROM debian'));
    expect(model.problems).toEqual([]);
    expect(model.instructions[0]).toMatchObject({ keyword: 'RUN', stage: -1 });
  });
});

describe('flags', () => {
  it('reads --from, --chown, --chmod, --link on COPY and --platform on FROM', () => {
    const model = parseDockerfile(
      lines(
        'FROM --platform=$BUILDPLATFORM golang:1.19 AS build',
        'FROM scratch',
        'COPY --from=build --chown=65532:65532 --chmod=0755 --link /out/app /app',
      ),
    );
    const from = model.instructions[0] as Instruction;
    expect(from.flags.map((f) => [f.name, f.value])).toEqual([['platform', '$BUILDPLATFORM']]);
    expect(model.stages[0]?.platform).toBe('$BUILDPLATFORM');
    const copy = model.instructions[2] as Instruction;
    expect(copy.flags.map((f) => [f.name, f.value])).toEqual([
      ['from', 'build'],
      ['chown', '65532:65532'],
      ['chmod', '0755'],
      ['link', undefined],
    ]);
    expect(copy.args.map((a) => a.raw)).toEqual(['/out/app', '/app']);
  });

  it('reads RUN --mount flags and leaves the command after them', () => {
    const run = only(
      lines(
        'FROM node:20',
        'RUN --mount=type=cache,target=/root/.npm --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci',
      ),
      'RUN',
    );
    expect(run.flags.map((f) => f.value)).toEqual([
      'type=cache,target=/root/.npm',
      'type=secret,id=npmrc,target=/root/.npmrc',
    ]);
    expect(run.rest).toBe('npm ci');
  });

  it('reads HEALTHCHECK options and its exec-form command', () => {
    const check = only(
      lines('FROM debian', 'HEALTHCHECK --interval=30s --timeout=3s CMD ["node", "healthcheck.js"]'),
      'HEALTHCHECK',
    );
    expect(check.flags.map((f) => f.name)).toEqual(['interval', 'timeout']);
    expect(check.exec).toEqual(['node', 'healthcheck.js']);
  });
});

describe('exec and shell form', () => {
  it('reads a JSON array of strings as exec form', () => {
    expect(only(lines('FROM debian', 'CMD ["node", "dist/main.js"]'), 'CMD').exec).toEqual([
      'node',
      'dist/main.js',
    ]);
  });

  it('treats invalid JSON as shell form, as Docker does', () => {
    expect(only(lines('FROM debian', "CMD ['node', 'main.js']"), 'CMD').exec).toBeUndefined();
    expect(only(lines('FROM debian', 'ENTRYPOINT ["tini", 1]'), 'ENTRYPOINT').exec).toBeUndefined();
    expect(only(lines('FROM debian', 'CMD npm start'), 'CMD').exec).toBeUndefined();
  });
});

describe('heredocs', () => {
  it('reads a RUN heredoc body as the script', () => {
    const text = lines(
      'FROM debian',
      'RUN <<EOF',
      'set -e',
      'apt-get update',
      'apt-get install -y curl',
      'EOF',
      'USER 1000',
    );
    const model = parseDockerfile(text);
    const run = model.instructions[1] as Instruction;
    expect(run.heredocs).toHaveLength(1);
    expect(run.heredocs[0]?.content).toBe('set -e\napt-get update\napt-get install -y curl\n');
    expect(run.range.end.line).toBe(6);
    expect(model.instructions[2]?.keyword).toBe('USER');
    const script = runScripts(run)[0];
    expect(script?.origin).toBe('heredoc');
    expect(script?.script.commands.map((c) => c.program)).toEqual(['set', 'apt-get', 'apt-get']);
    const install = script?.script.commands[2];
    expect(text.slice(script?.toSource(install?.start ?? 0), script?.toSource(install?.end ?? 0))).toBe(
      'apt-get install -y curl',
    );
  });

  it('reads COPY heredocs with a quoted delimiter, <<- tab stripping, and several bodies', () => {
    const model = parseDockerfile(
      lines('FROM debian', 'COPY <<"A" <<-B /etc/', '$HOME stays', 'A', '\tindented', '\tB', 'CMD ["true"]'),
    );
    const copy = model.instructions[1] as Instruction;
    expect(copy.heredocs.map((h) => [h.name, h.content, h.expand, h.stripTabs])).toEqual([
      ['A', '$HOME stays\n', false, false],
      ['B', 'indented\n', true, true],
    ]);
    expect(model.instructions[2]?.keyword).toBe('CMD');
  });

  it('parses the heredoc together with the line when the shell reads it (cat <<EOF > file)', () => {
    const run = only(
      lines('FROM debian', 'RUN cat <<EOF > /etc/app.conf && chmod 600 /etc/app.conf', 'key=value', 'EOF'),
      'RUN',
    );
    expect(runScripts(run)[0]?.script.commands.map((c) => c.program)).toEqual(['cat', 'chmod']);
  });

  it('reports a heredoc that never ends', () => {
    expect(parseDockerfile(lines('FROM debian', 'RUN <<EOF', 'echo hi')).problems[0]?.message).toMatch(
      /no terminating 'EOF'/,
    );
  });

  it('does not treat << inside quotes or a here-string as a heredoc', () => {
    const run = only(lines('FROM debian', 'RUN echo "a<<b" && cat <<<"x"'), 'RUN');
    expect(run.heredocs).toEqual([]);
  });

  it('skips heredoc bodies in another language', () => {
    const run = only(lines('FROM python:3.11', 'RUN <<EOF python3', 'print("hi")', 'EOF'), 'RUN');
    expect(runScripts(run)).toEqual([]);
  });
});

describe('stages', () => {
  const text = lines(
    'ARG NODE_VERSION=20',
    'FROM node:${NODE_VERSION}-bookworm-slim AS deps',
    'FROM deps AS Build',
    'FROM node:${NODE_VERSION}-bookworm-slim',
    'COPY --from=build /app/dist /app/dist',
  );
  const model = parseDockerfile(text);

  it('names and indexes stages and expands global ARGs in FROM', () => {
    expect(model.stages.map((s) => [s.index, s.name, s.baseImageExpanded, s.parentStage])).toEqual([
      [0, 'deps', 'node:20-bookworm-slim', undefined],
      [1, 'Build', 'deps', 0],
      [2, undefined, 'node:20-bookworm-slim', undefined],
    ]);
    expect(model.globalArgs).toHaveLength(1);
  });

  it('resolves --from by name (case-insensitively) or by index', () => {
    expect(resolveStage(model, 'build')?.index).toBe(1);
    expect(resolveStage(model, '0')?.name).toBe('deps');
    expect(resolveStage(model, 'golang:1.19')).toBeUndefined();
    expect(finalStage(model)?.index).toBe(2);
  });
});

describe('ARG and ENV scope', () => {
  const text = lines(
    'ARG VERSION=1.0',
    'ARG BASE=debian',
    'FROM ${BASE}:bookworm-slim AS base',
    'ENV APP_HOME=/srv/app PATH=/srv/app/bin:$PATH',
    'ARG VERSION',
    'ARG TARGETARCH',
    'RUN echo $VERSION',
    'FROM base AS child',
    'WORKDIR ${APP_HOME:-/fallback}/${MISSING:-x}',
    'LABEL version=$VERSION',
  );
  const model = parseDockerfile(text);
  const at = (line: number) => model.instructions.find((i) => i.range.start.line === line) as Instruction;

  it('gives a stage the global default of a redeclared ARG and BuildKit automatic args', () => {
    const scope = variablesAt(model, at(7));
    expect(scope.get('VERSION')).toBe('1.0');
    expect(scope.get('TARGETARCH')).toBe('amd64');
    expect(scope.get('APP_HOME')).toBe('/srv/app');
    expect(scope.has('BASE')).toBe(false);
  });

  it('carries ENV, not ARG, into a stage built on another', () => {
    const scope = variablesAt(model, at(10));
    expect(scope.get('APP_HOME')).toBe('/srv/app');
    expect(scope.has('VERSION')).toBe(false);
  });

  it('expands ${VAR:-default} and reports undefined names', () => {
    expect(expandAt(model, at(9), at(9).rest).value).toBe('/srv/app/x');
    const label = expandAt(model, at(10), 'version=$VERSION');
    expect(label.value).toBe('version=');
    expect(label.undefinedNames).toEqual(['VERSION']);
  });

  it('lets --build-arg values win over defaults', () => {
    expect(variablesAt(model, at(7), { VERSION: '2.0' }).get('VERSION')).toBe('2.0');
  });

  it('reads ENV in the legacy form and ARG without default', () => {
    const env = only(lines('FROM debian', 'ENV GREETING hello world'), 'ENV');
    expect(env.legacyForm).toBe(true);
    expect(env.pairs.map((p) => [p.key, p.value])).toEqual([['GREETING', 'hello world']]);
    const arg = only(lines('ARG ONE TWO=2', 'FROM debian'), 'ARG');
    expect(arg.pairs.map((p) => [p.key, p.value])).toEqual([
      ['ONE', undefined],
      ['TWO', '2'],
    ]);
  });
});

describe('ignore pragmas', () => {
  it('attaches hadolint and shipshape ignores to the next instruction only', () => {
    const model = parseDockerfile(
      lines(
        '# hadolint global ignore=DL3059',
        'FROM debian',
        '# hadolint ignore=DL3008,DL3015',
        '# shipshape-ignore apt-clean-lists',
        'RUN apt-get install curl',
        'RUN apt-get install git',
      ),
    );
    expect(model.fileIgnores).toEqual(['DL3059']);
    expect(model.instructions[1]?.ignores.sort()).toEqual(['DL3008', 'DL3015', 'apt-clean-lists']);
    expect(model.instructions[2]?.ignores).toEqual([]);
  });

  it('does not carry a pragma across a blank line', () => {
    const model = parseDockerfile(
      lines('FROM debian', '# hadolint ignore=DL3008', '', 'RUN apt-get install curl'),
    );
    expect(model.instructions[1]?.ignores).toEqual([]);
  });
});

describe('ONBUILD', () => {
  it('parses the trigger as an instruction of its own', () => {
    const onbuild = only(lines('FROM debian', 'ONBUILD RUN apt-get install -y curl'), 'ONBUILD');
    expect(onbuild.trigger?.keyword).toBe('RUN');
    expect(runScripts(onbuild)[0]?.script.commands[0]?.program).toBe('apt-get');
  });
});
