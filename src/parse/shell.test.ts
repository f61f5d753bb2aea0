import { createRequire } from 'node:module';
import type { default as MvdanSh, ShNode } from 'mvdan-sh';
import { describe, expect, it } from 'vitest';
import { flagValue, hasFlag, parseShell, positionalArgs, subcommand, withShellCWrappers } from './shell.js';

const commands = (text: string) => parseShell(text).commands;

describe('parseShell', () => {
  it('splits on &&, ||, ; and | and records how each command is joined', () => {
    const found = commands(
      'set -eux; apt-get update && apt-get install -y curl || true; curl -sSL https://x | sh',
    );
    expect(found.map((c) => [c.program, c.connector, c.inPipeline])).toEqual([
      ['set', undefined, false],
      ['apt-get', ';', false],
      ['apt-get', '&&', false],
      ['true', '||', false],
      ['curl', ';', true],
      ['sh', '|', true],
    ]);
  });

  it('removes quotes from literal words and marks expanded ones as dynamic', () => {
    const [install] = commands('apt-get install -y "curl" \'git\' "$PKG" ${EXTRA:-vim}');
    expect(install?.args.map((a) => a.value)).toEqual(['install', '-y', 'curl', 'git', undefined, undefined]);
    expect(install?.args[4]?.raw).toBe('"$PKG"');
  });

  it('keeps NAME=value prefixes apart from the command', () => {
    const [build] = commands('CGO_ENABLED=0 GOOS=linux go build -o /out/app ./cmd/api');
    expect(build?.program).toBe('go');
    expect(build?.assignments).toEqual([
      { name: 'CGO_ENABLED', value: '0' },
      { name: 'GOOS', value: 'linux' },
    ]);
    expect(subcommand(build as never)).toBe('build');
  });

  it('finds commands inside subshells, if and loops and marks them nested', () => {
    const found = commands(
      '(cd /src && make) ; if true; then pip install x; fi; for f in a b; do rm -f $f; done',
    );
    expect(found.map((c) => [c.program, c.nested])).toEqual([
      ['cd', true],
      ['make', true],
      ['true', true],
      ['pip', true],
      ['rm', true],
    ]);
  });

  it('uses the last path component as the program', () => {
    expect(commands('/usr/bin/apt-get -qq update')[0]?.program).toBe('apt-get');
  });

  it('gives offsets into the script', () => {
    const text = 'apt-get update && apt-get install -y curl';
    const second = commands(text)[1];
    expect(text.slice(second?.start, second?.end)).toBe('apt-get install -y curl');
    expect(text.slice(second?.args[2]?.start, second?.args[2]?.end)).toBe('curl');
  });

  it('falls back to a plain split when the script does not parse, and says why', () => {
    const script = parseShell("apt-get install -y curl && echo 'unterminated");
    expect(script.error?.message).toMatch(/quote/);
    expect(script.commands[0]?.program).toBe('apt-get');
    expect(script.commands[1]?.connector).toBe('&&');
  });

  it('sees through sh -c wrappers', () => {
    const script = withShellCWrappers(parseShell("sh -c 'apt-get update && apt-get install -y curl'"));
    expect(script.commands.map((c) => [c.program, c.viaShellC])).toEqual([
      ['sh', false],
      ['apt-get', true],
      ['apt-get', true],
    ]);
    const text = script.text;
    const inner = script.commands[2];
    expect(text.slice(inner?.start, inner?.end)).toBe('apt-get install -y curl');
  });
});

describe('flag helpers', () => {
  const [install] = commands(
    'apt-get -qy install --no-install-recommends --option=Dpkg::Options::=--force-confnew -o Foo=1 curl',
  );
  const command = install as NonNullable<typeof install>;

  it.each([
    [['-y'], true],
    [['-q'], true],
    [['--yes', '--assume-yes'], false],
    [['--no-install-recommends'], true],
    [['--option'], true],
    [['--no'], false],
  ])('hasFlag(%j) is %s', (flags, expected) => {
    expect(hasFlag(command, ...flags)).toBe(expected);
  });

  it('reads flag values in both spellings', () => {
    expect(flagValue(command, '--option')).toBe('Dpkg::Options::=--force-confnew');
    expect(flagValue(command, '-o')).toBe('Foo=1');
  });

  it('lists positional arguments', () => {
    expect(positionalArgs(command).map((a) => a.value)).toEqual(['install', 'Foo=1', 'curl']);
  });
});

describe('parse errors of every kind', () => {
  it('turns a LangError (a feature of another shell) into the script error, found by the fuzz test', () => {
    const script = parseShell('(( #\r');
    expect(script.error?.message).toMatch(/mksh feature/);
    expect(parseShell('echo ok').commands[0]?.name).toBe('echo');
  });
});

describe('reading the Go tree directly (src/parse/gopherjs-tree.ts)', () => {
  // The package's own wrappers, slow but its public API: the simple commands syntax.Walk reaches.
  const { syntax } = createRequire(import.meta.url)('mvdan-sh') as typeof MvdanSh;
  const viaWrappers = (text: string) => {
    const found: Array<[string | undefined, number, number]> = [];
    const file = syntax
      .NewParser(syntax.KeepComments(false), syntax.Variant(syntax.LangBash))
      .Parse(text, '');
    syntax.Walk(file, (node: ShNode | null) => {
      if (node && syntax.NodeType(node) === 'CallExpr') {
        const parts = (node.Args[0]?.Parts ?? []) as ShNode[];
        const name =
          parts.length === 1 && syntax.NodeType(parts[0] as ShNode) === 'Lit' ? parts[0]?.Value : undefined;
        found.push([name, node.Pos().Offset(), node.End().Offset()]);
        // parseShell lists a command, not the commands inside its words (`echo $(date)`).
        return false;
      }
      return true;
    });
    return found.sort((a, b) => a[1] - b[1]);
  };
  const direct = (text: string) =>
    commands(text)
      .map((c): [string | undefined, number, number] => [c.name, c.start, c.end])
      .sort((a, b) => a[1] - b[1]);

  it.each([
    'apt-get update && apt-get install -y curl || true; curl -sSL https://x | sh -s -- -y',
    'if [ -f x ]; then make; elif test -d y; then cd y && make install; else echo no; fi',
    'for f in a b; do cp "$f" /dst; done; while read -r line; do echo "$line"; done < list',
    'case "$ARCH" in amd64) A=x86_64 ;; arm64|aarch64) A=aarch64; uname -m ;; esac',
    'f() { local x=1; echo $x; }; f; (cd /tmp && ls) | { wc -l; }; ! grep -q x file',
    'if [ "$(uname -m)" = x86_64 ]; then curl -o /x "https://h/$(cat v)"; fi',
    'until ping -c1 db; do sleep 1; done; [[ -n $A ]] && export B=$((A + 1)); coproc cat',
  ])('finds the same commands at the same places as the wrappers: %s', (text) => {
    expect(direct(text)).toEqual(viaWrappers(text));
  });

  it('gives offsets in characters, not the UTF-8 bytes the parser counts', () => {
    const text = 'echo "héllo wörld €" && apt-get install -y curl';
    const [echo, apt] = commands(text);
    expect(echo?.args[0]?.value).toBe('héllo wörld €');
    expect(apt?.start).toBe(text.indexOf('apt-get'));
    expect(text.slice(apt?.start, apt?.end)).toBe('apt-get install -y curl');
    expect(apt?.args.map((arg) => text.slice(arg.start, arg.end))).toEqual(['install', '-y', 'curl']);
    // The error is at the `if`: 12 characters in, 13 bytes.
    expect(parseShell('echo "ü" && if').error?.offset).toBe('echo "ü" && if'.indexOf('if'));
  });

  it('reads assignments, empty ones and quoted ones', () => {
    const [command] = commands('A=1 B= C=\'x y\' D="ö" env');
    expect(command?.assignments).toEqual([
      { name: 'A', value: '1' },
      { name: 'B', value: '' },
      { name: 'C', value: 'x y' },
      { name: 'D', value: 'ö' },
    ]);
    expect(command?.name).toBe('env');
  });
});
