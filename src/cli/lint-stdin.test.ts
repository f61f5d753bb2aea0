import { describe, expect, it } from 'vitest';
import { memoryFileSystem } from '../../test/memory-file-system.js';
import type { CliIo } from './io.js';
import { main } from './main.js';

/** Runs `main` over an in-memory tree with `stdin` as standard input. */
async function runWithStdin(argv: string[], stdin: string | undefined, files: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    cwd: '/work',
    env: {},
    isTTY: false,
    parallel: false,
    fs: memoryFileSystem(files, '/work'),
    ...(stdin === undefined ? {} : { readStdin: async () => stdin }),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

const dockerfile = 'FROM node:20-bookworm-slim as build\nCOPY . .\nUSER 1000\nCMD node server.js\n';

describe('lint -', () => {
  it('lints standard input as a Dockerfile by default, named Dockerfile', async () => {
    const result = await runWithStdin(['lint', '-', '--format', 'compact'], dockerfile);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Dockerfile:1:28: warning from-as-casing ');
    expect(result.stdout).toContain('Dockerfile:4:5: warning exec-form-cmd ');
  });

  it('takes the kind, the .dockerignore and the config paths from --stdin-filename', async () => {
    const files = {
      'api/.dockerignore': '.env*\n.git\nid_rsa\n.npmrc\n.aws\nsecrets\n',
      '.shipshape.yaml': 'ignores:\n  - paths: ["web/**"]\n    rules: [exec-form-cmd]\n',
    };
    const asApi = await runWithStdin(
      ['lint', '-', '--stdin-filename', 'api/Dockerfile', '-f', 'compact'],
      dockerfile,
      files,
    );
    // The .dockerignore beside api/Dockerfile keeps the secrets out of `COPY . .`; web has none.
    expect(asApi.stdout).toContain('api/Dockerfile:4:5: warning exec-form-cmd');
    expect(asApi.stdout).not.toContain('context-secrets');
    const asWeb = await runWithStdin(
      ['lint', '-', '--stdin-filename', 'web/Dockerfile', '-f', 'compact'],
      dockerfile,
      files,
    );
    expect(asWeb.stdout).not.toContain('exec-form-cmd');
    expect(asWeb.stdout).toContain('web/Dockerfile:1:28: warning from-as-casing');
    expect(asWeb.stdout).toContain('web/Dockerfile:2:1: warning context-secrets');

    const compose = await runWithStdin(
      ['lint', '-', '--stdin-filename', 'compose.yaml', '-f', 'json'],
      'services:\n  web:\n    image: nginx:latest\n    privileged: true\n',
    );
    const ids = (JSON.parse(compose.stdout) as Array<{ ruleId: string; file: string }>).map((f) => f.ruleId);
    expect(ids).toContain('compose-no-privileged');

    const ignore = await runWithStdin(
      ['lint', '-', '--stdin-filename', '.dockerignore', '-f', 'json'],
      '/node_modules\n',
    );
    expect((JSON.parse(ignore.stdout) as Array<{ ruleId: string }>).map((f) => f.ruleId)).toContain(
      'dockerignore-root-only-pattern',
    );
  });

  it('shows fixes as a diff with --fix-dry-run and refuses --fix', async () => {
    const dry = await runWithStdin(['lint', '-', '--fix-dry-run', '-f', 'compact'], dockerfile);
    expect(dry.stdout).toContain('+FROM node:20-bookworm-slim AS build\n');
    const fix = await runWithStdin(['lint', '-', '--fix'], dockerfile);
    expect(fix.code).toBe(2);
    expect(fix.stderr).toContain('--fix cannot write back to standard input');
  });

  it('refuses `-` with other paths, and --stdin-filename without `-`', async () => {
    expect((await runWithStdin(['lint', '-', 'Dockerfile'], dockerfile)).code).toBe(2);
    const stray = await runWithStdin(['lint', '--stdin-filename', 'Dockerfile'], dockerfile, {
      Dockerfile: dockerfile,
    });
    expect(stray.code).toBe(2);
    expect(stray.stderr).toContain('--stdin-filename applies only');
  });
});
