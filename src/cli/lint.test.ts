import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/cli-run.js';

const dockerfile =
  'FROM node:24-trixie-slim as build\nRUN npm ci --only=production\nUSER 1000\nCMD node server.js\n';

describe('lint --fix', () => {
  it('writes the fixes, keeps comments, and reports only what is left', async () => {
    const files = { Dockerfile: `# build stage\n${dockerfile}` };
    const result = await runCli(['lint', 'Dockerfile', '--fix'], files);
    expect(result.fs.readFile('/work/Dockerfile')).toBe(
      '# build stage\nFROM node:24-trixie-slim AS build\nRUN npm ci --omit=dev\nUSER 1000\nCMD ["node", "server.js"]\n',
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('fixed 1 file\n');
  });

  it('shows a diff and writes nothing with --fix-dry-run', async () => {
    const result = await runCli(['lint', 'Dockerfile', '--fix-dry-run'], { Dockerfile: dockerfile });
    expect(result.fs.readFile('/work/Dockerfile')).toBe(dockerfile);
    expect(result.stdout).toContain(
      '-RUN npm ci --only=production\n+FROM node:24-trixie-slim AS build\n+RUN npm ci --omit=dev\n',
    );
  });

  it('refuses --fix with --fix-dry-run', async () => {
    expect((await runCli(['lint', '--fix', '--fix-dry-run'])).code).toBe(2);
  });
});

describe('lint configuration', () => {
  it('turns rules off and changes severities by id or alias in .shipshape.yaml', async () => {
    const files = {
      '.shipshape.yaml': 'rules:\n  from-as-casing: off\n  DL3025: error\n',
      Dockerfile: dockerfile,
    };
    const findings = JSON.parse((await runCli(['lint', '--json'], files)).stdout) as Array<{
      ruleId: string;
      severity: string;
    }>;
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['npm-omit-dev', 'warning'],
      ['exec-form-cmd', 'error'],
    ]);
  });

  it('reads .hadolint.yaml with hadolint meanings, and ignores per path', async () => {
    const files = {
      '.hadolint.yaml':
        'ignored: [DL3025]\noverride:\n  info: [FromAsCasing]\ntrustedRegistries: [docker.io]\n',
      'app/Dockerfile': `${dockerfile}FROM quay.io/x/y:1\nUSER 10001\n`,
    };
    const findings = JSON.parse((await runCli(['lint', '--json'], files)).stdout) as Array<{
      ruleId: string;
      severity: string;
    }>;
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['from-as-casing', 'info'],
      ['npm-omit-dev', 'warning'],
      ['trusted-registries', 'error'],
    ]);
    const ignoring = {
      ...files,
      '.shipshape.yaml': 'ignores:\n  - paths: ["app/**"]\n    rules: [npm-omit-dev]\n',
    };
    const scoped = JSON.parse((await runCli(['lint', '--json'], ignoring)).stdout) as Array<{
      ruleId: string;
    }>;
    expect(scoped.map((f) => f.ruleId)).not.toContain('npm-omit-dev');
  });

  it('fails only at the threshold, from config or flag', async () => {
    const files = { Dockerfile: 'FROM node:24-trixie-slim AS build\nRUN apt-get update\nUSER 1000\n' };
    expect((await runCli(['lint'], files)).code).toBe(1);
    expect((await runCli(['lint', '--failure-threshold', 'warning'], files)).code).toBe(0);
    expect((await runCli(['lint'], { ...files, '.hadolint.yaml': 'failure-threshold: error\n' })).code).toBe(
      0,
    );
    expect((await runCli(['lint', '--failure-threshold', 'none'], { Dockerfile: dockerfile })).code).toBe(0);
  });

  it('reports a broken configuration file as bad input', async () => {
    const result = await runCli(['lint'], {
      '.shipshape.yaml': 'rules:\n  x: loud\n',
      Dockerfile: dockerfile,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /\.shipshape\.yaml:2:6 `rules\.x` must be one of error, warning, info, style, off, not "loud"/,
    );
  });
});

describe('compose pragmas', () => {
  it('silences a rule inside the key below the pragma only', async () => {
    const compose =
      'services:\n  # shipshape-ignore compose-schema\n  legacy:\n    image: x:1\n    bogus: 1\n  web:\n    image: y:1\n    bogus: 2\n';
    const findings = JSON.parse(
      (await runCli(['lint', 'compose.yaml', '--json'], { 'compose.yaml': compose })).stdout,
    ) as Array<{ line: number }>;
    expect(findings.map((f) => f.line)).toEqual([8]);
  });
});

describe('formats', () => {
  const files = { Dockerfile: 'FROM debian:latest\nUSER 10001\n' };

  it('sarif: 2.1.0 with rules and regions', async () => {
    const sarif = JSON.parse((await runCli(['lint', '-f', 'sarif'], files)).stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].tool.driver.rules[0]).toMatchObject({
      id: 'no-latest-tag',
      properties: { aliases: ['DL3007'] },
    });
    expect(sarif.runs[0].results[0]).toMatchObject({
      ruleId: 'no-latest-tag',
      level: 'warning',
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'Dockerfile' },
            region: { startLine: 1, startColumn: 6, endColumn: 19 },
          },
        },
      ],
    });
  });

  it('github: workflow annotations', async () => {
    expect((await runCli(['lint', '-f', 'github'], files)).stdout).toBe(
      '::warning file=Dockerfile,line=1,col=6,endLine=1,endColumn=19,title=no-latest-tag::debian:latest moves with every release: pin a version\n',
    );
  });

  it('checkstyle: XML with escaped attributes', async () => {
    const xml = (
      await runCli(['lint', '-f', 'checkstyle'], {
        Dockerfile: 'FROM debian:bookworm\nRUN apt-get install -y "a<b"=1 c\n',
      })
    ).stdout;
    expect(xml).toContain('<file name="Dockerfile">');
    expect(xml).toContain('source="shipshape.apt-pin-versions"');
    expect(xml).not.toMatch(/message="[^"]*<[^"]*"/);
  });

  it('codeclimate: issues with distinct fingerprints', async () => {
    const issues = JSON.parse(
      (
        await runCli(['lint', '-f', 'codeclimate'], {
          Dockerfile: 'FROM debian:latest\nFROM debian:latest\nUSER 10001\n',
        })
      ).stdout,
    );
    expect(issues).toHaveLength(2);
    expect(issues[0]).toMatchObject({
      type: 'issue',
      check_name: 'no-latest-tag',
      severity: 'minor',
      location: { path: 'Dockerfile' },
    });
    expect(issues[0].fingerprint).not.toBe(issues[1].fingerprint);
  });

  it('stylish: a code frame under the finding and the fix hint', async () => {
    const out = (
      await runCli(['lint'], { Dockerfile: 'FROM node:24-trixie-slim\nUSER 1000\nCMD node server.js\n' })
    ).stdout;
    expect(out).toContain('    3 | CMD node server.js\n');
    expect(out).toContain('      |     ^^^^^^^^^^^^^^\n');
    expect(out).toContain('1 fixable with --fix');
  });
});

describe('the build context of a Dockerfile in a subfolder', () => {
  const copyAll = 'FROM node:24-bookworm-slim\nWORKDIR /app\nCOPY . .\nUSER 1000\nCMD ["node", "index.js"]\n';
  const ignore = '.git\n**/.env\n**/.env.*\n**/.npmrc\n**/*.pem\n**/id_rsa*\n.aws\nsecrets\n';
  const ruleIds = async (files: Record<string, string>) =>
    (
      JSON.parse((await runCli(['lint', '--json', 'apps/api/Dockerfile'], files)).stdout) as Array<{
        ruleId: string;
      }>
    ).map((finding) => finding.ruleId);

  it.each<[string, Record<string, string>, boolean]>([
    ['no .dockerignore anywhere', {}, true],
    ['the workspace root has one (built with -f apps/api/Dockerfile .)', { '.dockerignore': ignore }, false],
    ['the Dockerfile has its own', { 'apps/api/Dockerfile.dockerignore': ignore }, false],
    ['the only one is beyond the repository root', { '../.dockerignore': ignore, '.git/HEAD': '' }, true],
  ])('%s', async (_case, files, reported) => {
    const ids = await ruleIds({ 'apps/api/Dockerfile': copyAll, ...files });
    expect(ids.includes('context-secrets')).toBe(reported);
  });
});
