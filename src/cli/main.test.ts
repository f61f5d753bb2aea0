import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/cli-run.js';
import { coloursEnabled } from '../core/colours.js';

/** The in-memory CLI run, without the file tree it returns (these tests compare whole results). */
async function run(...args: Parameters<typeof runCli>) {
  const { code, stdout, stderr } = await runCli(...args);
  return { code, stdout, stderr };
}

const brokenCompose = 'services:\n  web:\n    image: nginx\n   ports: [80]\n';

describe('shipshape lint: bad input', () => {
  it('names a missing path in one line and exits 2', async () => {
    const result = await run(['lint', '/missing/file']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('shipshape: /missing/file: no such file or directory\n');
  });

  it('gives broken YAML as path:line:col and exits 2, with no stack trace', async () => {
    const result = await run(['lint', 'broken/compose.yaml'], { 'broken/compose.yaml': brokenCompose });
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual([
      'broken/compose.yaml:4:1 All mapping items must start at the same column',
    ]);
  });

  it('gives an unknown Dockerfile instruction as path:line:col and exits 2', async () => {
    const result = await run(['lint', 'Dockerfile'], { Dockerfile: 'FROM debian\nFOOBAR baz\n' });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('Dockerfile:2:1 unknown instruction: FOOBAR\n');
  });

  it('rejects an unknown flag with a usage hint', async () => {
    const result = await run(['lint', '--frobnicate']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^shipshape: lint: Unknown option '--frobnicate'/);
  });
});

describe('shipshape lint: findings', () => {
  const files = {
    'app/compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n    ports: "80"\n',
    'app/Dockerfile': 'FROM debian:bookworm-slim\nUSER 10001\nCMD ["bash"]\n',
    'app/.dockerignore': '.git\n**/.env*\n',
    'app/node_modules/pkg/Dockerfile': 'FOOBAR\n',
  };

  it('searches directories, skips node_modules, and exits 1 on findings', async () => {
    const result = await run(['lint', 'app'], files);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('app/compose.yaml');
    expect(result.stdout).toMatch(/4:12\s+error\s+services\.web\.ports must be array/);
    expect(result.stdout).toMatch(/1 problem \(1 error, 0 warnings\)/);
  });

  it('prints the JSON contract with --format json and --json', async () => {
    for (const flags of [['--format', 'json'], ['--json'], ['-f', 'json']]) {
      const result = await run(['lint', 'app', ...flags], files);
      const findings = JSON.parse(result.stdout);
      expect(findings).toEqual([
        {
          file: 'app/compose.yaml',
          line: 4,
          column: 12,
          endLine: 4,
          endColumn: 16,
          ruleId: 'compose-schema',
          aliases: [],
          severity: 'error',
          message: 'services.web.ports must be array',
          fixable: false,
        },
      ]);
    }
  });

  it('exits 0 and prints nothing for clean files', async () => {
    const result = await run(['lint', 'app/Dockerfile', 'app/.dockerignore'], files);
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('commands and help', () => {
  it.each(['detect', 'init', 'lint', 'build', 'verify', 'rules'])(
    '%s --help prints usage and every option',
    async (name) => {
      const result = await run([name, '--help']);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(new RegExp(`^Usage: shipshape ${name}`));
      expect(result.stdout).toContain('--json');
    },
  );

  it('lists the commands, and exits 2 when none is given', async () => {
    expect((await run(['--help'])).code).toBe(0);
    const none = await run([]);
    expect(none.code).toBe(2);
    expect(none.stdout).toMatch(/Commands:\n {2}detect/);
  });

  it('rejects an unknown command', async () => {
    const result = await run(['deploy']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown command 'deploy'/);
  });
});

describe('shipshape build and verify: bad input, before any engine', () => {
  const noEngine = { DOCKER_HOST: 'unix:///nonexistent/docker.sock', PATH: '' };

  it.each([
    [['build', 'nowhere'], {}, 'shipshape: nowhere: no such directory\n'],
    [
      ['build', 'app'],
      { 'app/server.js': '' },
      'shipshape: app: no Dockerfile here: run `shipshape init app` first, or pass -f\n',
    ],
    [
      ['build', 'app', '-f', 'app/Dockerfile.prod'],
      { 'app/Dockerfile': 'FROM scratch\n' },
      'shipshape: app/Dockerfile.prod: no such Dockerfile\n',
    ],
    [
      ['build', 'app', '--bake'],
      { 'app/Dockerfile': 'FROM scratch\n' },
      'shipshape: build --bake: app/docker-bake.hcl does not exist (shipshape init writes it)\n',
    ],
    [
      ['verify'],
      {},
      'shipshape: verify: name an image (shipshape verify myapp:1.0), or build one with --build [dir]\n',
    ],
    [
      ['verify', 'app:1', '--format', 'yaml'],
      {},
      "shipshape: verify: unknown --format 'yaml' (expected text, json, markdown)\n",
    ],
    [['verify', 'app:1', '--skip', 'speed'], {}, /^shipshape: verify: unknown check 'speed' for --skip/],
    [
      ['verify', 'app:1', '--max-size', 'huge'],
      {},
      "shipshape: verify: --max-size must be a size such as 200MB, not 'huge'\n",
    ],
    [
      ['verify', 'app:1', '--lowest-efficiency', '2'],
      {},
      "shipshape: verify: --lowest-efficiency must be a number from 0 to 1, not '2'\n",
    ],
    [
      ['verify', 'app:1', '--tmpfs', 'app/tmp'],
      {},
      "shipshape: verify: --tmpfs wants an absolute path, not 'app/tmp'\n",
    ],
  ])('%j says what is wrong in one line, exit 2', async (argv, files, message) => {
    const result = await run(argv, files, noEngine);
    expect(result.code).toBe(2);
    // Usage errors add a second line pointing at --help; the first says what is wrong.
    const first = `${result.stderr.split('\n')[0]}\n`;
    if (typeof message === 'string') expect(first).toBe(message);
    else expect(first).toMatch(message);
  });

  it.each([
    ['build', 'app', '-t', 'app:1', '--build-arg', 'A=1', '--no-cache'],
    ['verify', 'app:1'],
  ])('%s without a reachable engine: one line, exit 2, and JSON when asked', async (...argv) => {
    const files = { 'app/Dockerfile': 'FROM scratch\n' };
    const result = await run(argv, files, noEngine);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^shipshape: (cannot reach a Docker engine|no docker client)[^\n]*\n$/);
    const json = await run([...argv, '--json'], files, noEngine);
    expect(JSON.parse(json.stdout).error.kind).toBe('EngineError');
  });
});

describe('colours', () => {
  it.each<[Record<string, string>, boolean, boolean]>([
    [{}, true, true],
    [{}, false, false],
    [{ NO_COLOR: '1' }, true, false],
    [{ FORCE_COLOR: '1' }, false, true],
    [{ FORCE_COLOR: '0' }, true, false],
    [{ TERM: 'dumb' }, true, false],
  ])('env %j on a TTY=%s: colours %s', (env, tty, expected) => {
    expect(coloursEnabled(env, tty)).toBe(expected);
  });

  it('never writes escape codes into a pipe or with NO_COLOR', async () => {
    const files = { 'compose.yaml': 'services:\n  web:\n    image: 1\n    bogus: true\n' };
    expect((await run(['lint', 'compose.yaml'], files, {}, false)).stdout).not.toContain('\u001b[');
    expect((await run(['lint', 'compose.yaml'], files, { NO_COLOR: '1' }, true)).stdout).not.toContain(
      '\u001b[',
    );
    expect((await run(['lint', 'compose.yaml'], files, {}, true)).stdout).toContain('\u001b[');
  });
});

describe('shipshape rules', () => {
  it('lists the catalogue grouped by file kind, and as JSON', async () => {
    const text = await run(['rules']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^dockerfile \(\d+\)\n/);
    expect(text.stdout).toMatch(
      / {2}apt-pin-versions +Pin the versions of packages installed with apt-get\. \[warning, DL3008\]/,
    );
    const json = JSON.parse((await run(['rules', '--json'])).stdout) as Array<{
      id: string;
      aliases: string[];
    }>;
    expect(json.find((rule) => rule.id === 'exec-form-cmd')?.aliases).toEqual([
      'DL3025',
      'JSONArgsRecommended',
    ]);
  });

  it('shows one rule by id or alias, and rejects an unknown one', async () => {
    expect((await run(['rules', 'DL3008'])).stdout).toMatch(/^# apt-pin-versions\n/);
    const unknown = await run(['rules', 'DL9999']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no rule named DL9999/);
  });
});
