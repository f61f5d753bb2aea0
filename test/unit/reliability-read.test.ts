/**
 * Issue 12, items 1-7: inputs that crashed, hung or blew up the linter. Each one must end as that file's
 * own positioned error (or a clean run), with every other file's findings kept.
 */

import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../src/core/limits.js';
import { DEFAULT_CONFIG } from '../../src/lint/settings.js';
import { parseShell } from '../../src/parse/shell.js';
import { parseYaml } from '../../src/parse/yaml-source.js';
import { runCli } from '../cli-run.js';
import { runOnDisk, temporaryTree } from '../disk-run.js';

const goodDockerfile = 'FROM node:20-bookworm-slim\nRUN npm ci --only=production\nCMD npm start\n';

describe('one bad file never costs another its result', () => {
  it('reports a null `extends:` at its line and keeps the other file (item 1)', async () => {
    const result = await runCli(['lint', '--format', 'json'], {
      'compose.yaml': 'services:\n  a:\n    image: nginx\n    extends:\n',
      Dockerfile: goodDockerfile,
    });
    expect(result.stderr).not.toContain('internal error');
    const findings = JSON.parse(result.stdout) as Array<{ file: string; ruleId: string; message: string }>;
    expect(findings.some((finding) => finding.file === 'Dockerfile')).toBe(true);
    const extendsFinding = findings.find((finding) => finding.message.includes('extends must name'));
    expect(extendsFinding?.file).toBe('compose.yaml');
  });

  it('bounds shell nesting instead of overflowing the parser (item 2)', async () => {
    for (const depth of [118, 5000]) {
      const result = await runCli(['lint', '--format', 'json'], {
        Dockerfile: `FROM alpine:3.20\nRUN ${'('.repeat(depth)}\n`,
        'app/Dockerfile': goodDockerfile,
      });
      expect(result.stderr).not.toContain('internal error');
      const files = new Set((JSON.parse(result.stdout) as Array<{ file: string }>).map((f) => f.file));
      expect(files.has('app/Dockerfile')).toBe(true);
    }
    expect(parseShell(`${'$('.repeat(80)}`).error?.message).toMatch(/nested deeper than 50 levels/);
  });

  it('refuses deep YAML nesting before the recursive composer sees it (items 3 and 4)', async () => {
    const deep = `${'- '.repeat(976)}x`;
    const result = await runCli(['lint', '--format', 'json'], {
      'compose.yaml': deep,
      'compose.prod.yaml': deep,
      Dockerfile: goodDockerfile,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'compose.prod.yaml:1:199 nested deeper than 100 levels\ncompose.yaml:1:199 nested deeper than 100 levels\n',
    );
    expect(JSON.parse(result.stdout).length).toBeGreaterThan(0);
    let blocks = '';
    for (let i = 0; i < 1807; i++) blocks += `${' '.repeat(i)}a:\n`;
    const source = parseYaml(`${blocks}\0`, 'deep.yaml');
    expect(source.problems[0]?.message).toBe('nested deeper than 100 levels');
  });

  it('isolates a file whose linting throws, in the worker pool too', async () => {
    const { root, remove } = temporaryTree();
    try {
      for (let i = 0; i < 4; i++) {
        mkdirSync(join(root, `app${i}`));
        writeFileSync(join(root, `app${i}`, 'Dockerfile'), `FROM alpine:3.20\nRUN ${'('.repeat(5000)}\n`);
        writeFileSync(join(root, `app${i}`, 'compose.yaml'), 'services:\n  a:\n    extends:\n');
      }
      const result = await runOnDisk(['lint', '--format', 'json'], root, { SHIPSHAPE_WORKERS: '2' });
      expect(result.stderr).not.toContain('internal error');
      expect(new Set((JSON.parse(result.stdout) as Array<{ file: string }>).map((f) => f.file)).size).toBe(8);
    } finally {
      remove();
    }
  });
});

describe('what is read', () => {
  let root: string;
  let remove: () => void;
  beforeEach(() => {
    ({ root, remove } = temporaryTree());
    mkdirSync(join(root, '.git'));
  });
  afterEach(() => remove());

  it('refuses FIFOs with a message and never blocks on one (item 5)', async () => {
    execFileSync('mkfifo', [join(root, '.dockerignore'), join(root, 'fifo.yaml'), join(root, 'ci.yaml')]);
    writeFileSync(join(root, 'Dockerfile'), goodDockerfile);
    writeFileSync(join(root, 'compose.yaml'), 'include:\n  - fifo.yaml\n  - /dev/zero\nservices: {}\n');
    const result = await runOnDisk(['lint', '--format', 'json'], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('.dockerignore: is a FIFO, not a regular file: not read');
    const findings = JSON.parse(result.stdout) as Array<{ file: string; message: string }>;
    expect(findings.some((f) => f.message.includes('fifo.yaml is a FIFO, not a regular file'))).toBe(true);
    expect(findings.some((f) => f.message.includes('/dev/zero is outside the repository'))).toBe(true);
    const config = await runOnDisk(['lint', 'Dockerfile', '--config', 'ci.yaml'], root);
    expect(config.code).toBe(2);
    expect(config.stderr).toBe('shipshape: ci.yaml: is a FIFO, not a regular file: not read\n');
  });

  it('refuses a file over the size limit in one line', async () => {
    writeFileSync(join(root, 'Dockerfile'), `FROM alpine\n${'#'.repeat(MAX_FILE_BYTES)}\n`);
    const result = await runOnDisk(['lint'], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^Dockerfile: is larger than the 4 MB limit \(\d+ bytes\): not read\n$/);
  });

  it('visits each directory once by its real path (item 6)', async () => {
    mkdirSync(join(root, 'sub'));
    mkdirSync(join(root, 'loop'));
    writeFileSync(join(root, 'Dockerfile'), goodDockerfile);
    symlinkSync('..', join(root, 'sub', 'up'));
    symlinkSync('../loop', join(root, 'loop', 'self'));
    symlinkSync('.', join(root, 'me'));
    const result = await runOnDisk(['lint', '--format', 'json'], root);
    const files = (JSON.parse(result.stdout) as Array<{ file: string; ruleId: string }>).map((f) => f.file);
    expect(new Set(files)).toEqual(new Set(['Dockerfile']));
    expect(files.length).toBeLessThan(6);
  });
});

describe('messages', () => {
  it('gives one line for a UTF-16 or binary Dockerfile (item 15)', async () => {
    const { root, remove } = temporaryTree();
    try {
      writeFileSync(join(root, 'Dockerfile'), Buffer.from(`\uFEFF${goodDockerfile}`, 'utf16le'));
      mkdirSync(join(root, 'bin'));
      writeFileSync(join(root, 'bin', 'Dockerfile'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 10, 0]));
      const result = await runOnDisk(['lint'], root);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(
        'Dockerfile: is UTF-16 text: save it as UTF-8 to lint it\nbin/Dockerfile:1:5 is a binary file (it holds a NUL byte), not text\n',
      );
    } finally {
      remove();
    }
  });

  it('refuses --json with another --format', async () => {
    const result = await runCli(['lint', '--json', '--format', 'sarif'], { Dockerfile: goodDockerfile });
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(
      'shipshape: lint: --json and --format sarif exclude each other',
    );
  });

  it('reports a directory named Dockerfile', async () => {
    const { root, remove } = temporaryTree();
    try {
      mkdirSync(join(root, 'Dockerfile'));
      expect((await runOnDisk(['lint', 'Dockerfile'], root)).stderr).toBe(
        'shipshape: Dockerfile: is a directory, not a file to lint\n',
      );
      const walked = await runOnDisk(['lint'], root);
      expect(walked.code).toBe(2);
      expect(walked.stderr).toBe('Dockerfile: is a directory, not a regular file: not read\n');
    } finally {
      remove();
    }
  });

  it('exits with the lint exit code under --fix-dry-run (item 11)', async () => {
    const files = { Dockerfile: 'FROM node:20-bookworm-slim as build\nUSER 1000\nCMD node server.js\n' };
    const lint = await runCli(['lint'], files);
    const dryRun = await runCli(['lint', '--fix-dry-run'], files);
    expect(lint.code).toBe(1);
    expect(dryRun.code).toBe(1);
  });
});

describe('the compose-no-version fix keeps what it does not fix (item 11)', () => {
  it('keeps an inline comment and a byte-order mark', async () => {
    const text =
      '\uFEFFversion: "3.9" # pinned by ops, see JIRA-123\nservices:\n  web:\n    image: nginx:1.27\n';
    const result = await runCli(['lint', 'compose.yaml', '--fix'], { 'compose.yaml': text });
    expect(result.fs.readFile('/work/compose.yaml')).toBe(
      '\uFEFF# pinned by ops, see JIRA-123\nservices:\n  web:\n    image: nginx:1.27\n',
    );
  });
});

describe('terminal output and secrets (items 16, 17)', () => {
  it('escapes control characters from the file in every human format', async () => {
    const files = { Dockerfile: 'FROM alpine:3.20\n\x1b]0;PWNED\x07 x\n\x1b[2J\n' };
    const stylish = await runCli(['lint'], files);
    expect(stylish.stderr).toContain('unknown instruction: \\x1b]0;PWNED\\x07');
    const withFinding = {
      Dockerfile: 'FROM alpine:3.20\nRUN echo "\x1b[2J\x9b" && apt-get install -y curl\n',
    };
    for (const format of ['stylish', 'github', 'checkstyle']) {
      const result = await runCli(['lint', '--format', format], withFinding);
      expect(result.stdout.length).toBeGreaterThan(0);
      // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for them
      expect(result.stdout + result.stderr, format).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    }
  });

  it('escapes them in --fix-dry-run diffs too', async () => {
    const files = {
      Dockerfile: '# \x1b[2J\nFROM node:20-bookworm-slim as build\nUSER 1000\nCMD ["node", "a.js"]\n',
    };
    const result = await runCli(['lint', '--fix-dry-run'], files);
    expect(result.stdout).toContain('# \\x1b[2J');
    expect(result.stdout).not.toContain('\x1b');
  });

  it('masks secret values in stylish code frames, keeping the key', async () => {
    const files = {
      Dockerfile:
        'FROM node:20-bookworm-slim\nENV AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY GH=ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789 STRIPE=sk_live_abcdefghijklmnopqrstuvwx\nCMD npm start\n',
    };
    const result = await runCli(['lint'], files);
    expect(result.stdout).toContain('AWS_SECRET_ACCESS_KEY=****');
    expect(result.stdout).not.toContain('wJalrXUtnFEMI');
    expect(result.stdout).not.toContain('ghp_aBcD');
    expect(result.stdout).not.toContain('sk_live_abc');
  });

  it('finds secrets by their token format, whatever the name', async () => {
    const dockerfile = await runCli(['lint', '--format', 'json'], {
      Dockerfile: 'FROM alpine:3.20\nENV AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n',
    });
    expect(JSON.parse(dockerfile.stdout)).toContainEqual(
      expect.objectContaining({
        ruleId: 'secrets-in-arg-env',
        message: expect.stringContaining('holds a secret token (AWS access key id)'),
      }),
    );
    const compose = await runCli(['lint', '--format', 'json'], {
      'compose.yaml':
        'services:\n  web:\n    image: nginx:1.27\n    environment:\n      STRIPE_KEY: sk_live_abcdefghijklmnopqrstuvwx\n',
    });
    expect(JSON.parse(compose.stdout).map((f: { ruleId: string }) => f.ruleId)).toContain(
      'compose-plaintext-secrets',
    );
  });
});

describe('limits stated in docs/limits.md', () => {
  it('bounds alias expansion', () => {
    let text = 'a: &a [x, x, x, x, x, x, x, x, x, x]\n';
    for (let i = 0; i < 8; i++)
      text += `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10)
        .fill(`*${String.fromCharCode(97 + i)}`)
        .join(', ')}]\n`;
    expect(parseYaml(text, 'bomb.yaml').problems[0]?.message).toMatch(/Excessive alias count/);
  });

  it('follows at most 10 includes in a chain', async () => {
    const files: Record<string, string> = { '.git/HEAD': 'ref: x\n' };
    for (let i = 0; i < 12; i++)
      files[`c${i}.yaml`] = `include:\n  - c${i + 1}.yaml\nservices:\n  s${i}:\n    image: nginx:1.27\n`;
    files['c12.yaml'] = 'services: {}\n';
    files['compose.yaml'] = 'include:\n  - c0.yaml\nservices: {}\n';
    const result = await runCli(['lint', 'compose.yaml', '--format', 'json'], files);
    const messages = (JSON.parse(result.stdout) as Array<{ message: string }>).map((f) => f.message);
    expect(messages.some((m) => m.includes('include chain deeper than 10 files'))).toBe(true);
  });

  it('does not read an extended file outside the repository', async () => {
    const { root, remove } = temporaryTree();
    try {
      mkdirSync(join(root, 'repo', '.git'), { recursive: true });
      writeFileSync(join(root, 'base.yaml'), 'services:\n  base:\n    image: nginx:1.27\n');
      writeFileSync(
        join(root, 'repo', 'compose.yaml'),
        'services:\n  web:\n    extends:\n      file: ../base.yaml\n      service: base\n',
      );
      const result = await runOnDisk(['lint', '--format', 'json'], join(root, 'repo'));
      const messages = (JSON.parse(result.stdout) as Array<{ message: string }>).map((f) => f.message);
      expect(messages.some((m) => /base\.yaml is outside the repository .*: not read/.test(m))).toBe(true);
    } finally {
      remove();
    }
  });
});

describe('a lint worker that dies', () => {
  it('costs only the file it was on; a new worker lints the rest of its chunk', async () => {
    const { lintInWorkers } = await import('../../src/lint/parallel.js');
    const names = ['a', 'b', 'crash-1', 'c', 'crash-2', 'd', 'e', 'f'];
    const targets = names.map((name) => ({
      display: name,
      absolute: `/x/${name}`,
      kind: 'dockerfile' as const,
    }));
    const options = { env: {}, config: DEFAULT_CONFIG, configDirectory: '/x', fix: 'none' as const };
    const script = new URL('../fixtures/workers/crashing-lint-worker.mjs', import.meta.url);
    const result = await lintInWorkers(targets, options, 2, script);
    expect([...result.texts.keys()]).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(result.inputErrors.map((error) => error.format())).toEqual([
      'crash-1:1:1 internal error while linting this file: the lint worker exited with code 134',
      'crash-2:1:1 internal error while linting this file: the lint worker exited with code 134',
    ]);
  });
});

describe('found by npm run fuzz', () => {
  it('lints an environment value that is a list holding !reset (seed 4242, #20041)', async () => {
    const result = await runCli(['lint', '--format', 'json'], {
      'compose.yaml':
        'services:\n  db:\n    environment:\n      extends:\n        -  -y\n        -  !reset\n    build: apk\n',
    });
    expect(result.stderr).not.toContain('internal error');
  });
});
