import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { classify } from '../../src/lint/discover.js';

// The files other tools read from this repository: pre-commit's hook list, the GitHub Action, the release workflow.
const root = join(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

describe('.pre-commit-hooks.yaml', () => {
  const hooks = parse(read('.pre-commit-hooks.yaml')) as Array<{
    id: string;
    entry: string;
    files: string;
    language: string;
  }>;
  // pre-commit applies `files` with Python's re.search, so Python's re judges the pattern here too (its scoped
  // (?i:...) flags have no JavaScript equivalent in Node 20).
  const matches = (pattern: string, paths: string[]): boolean[] =>
    JSON.parse(
      execFileSync(
        'python3',
        [
          '-c',
          'import json, re, sys; p, paths = json.load(sys.stdin); print(json.dumps([bool(re.search(p, x)) for x in paths]))',
        ],
        { input: JSON.stringify([pattern, paths]), encoding: 'utf8' },
      ),
    );
  const hookFiles = hooks[0]?.files ?? '';

  it('offers the lint hook with the installed shipshape and in the tool’s image, with one pattern', () => {
    expect(hooks.map((hook) => [hook.id, hook.language])).toEqual([
      ['shipshape-lint', 'system'],
      ['shipshape-lint-docker', 'docker'],
    ]);
    expect(hooks[0]?.entry).toBe('shipshape lint');
    expect(hooks[1]?.files).toBe(hooks[0]?.files);
  });

  it('runs on every kind of file lint reads, in any folder', () => {
    const paths = [
      'Dockerfile',
      'api/Dockerfile',
      'Dockerfile.prod',
      'docker/worker.Dockerfile',
      'Containerfile',
      'dockerfile',
      'compose.yaml',
      'compose.prod.yml',
      'deploy/docker-compose.yml',
      'docker-compose.override.yaml',
      'docker-stack.yml',
      'app.stack.yml',
      '.dockerignore',
      'web/.dockerignore',
      'Dockerfile.dockerignore',
    ];
    const selected = matches(hookFiles, paths);
    expect(paths.filter((_, i) => !selected[i])).toEqual([]);
  });

  it('leaves source, docs and look-alikes alone', () => {
    const paths = [
      'src/dockerfile.ts',
      'docs/Dockerfile-guide.md',
      'compose.json',
      'my-compose.yaml',
      'composer.yaml',
      'stacks.yaml',
      '.gitignore',
      'dockerignore',
      'README.Docker.md',
      '.github/workflows/ci.yml',
      'src/render/dockerfile.test.ts',
    ];
    const selected = matches(hookFiles, paths);
    expect(paths.filter((_, i) => selected[i])).toEqual([]);
    // The same look-alikes are not linted when a folder is walked.
    expect(paths.filter((path) => classify(path) !== undefined)).toEqual([]);
  });

  it('selects exactly the files `shipshape lint` finds, across this repository', () => {
    const paths = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).trim().split('\n');
    const selected = matches(hookFiles, paths);
    const disagreements = paths.filter((path, i) => selected[i] !== (classify(path) !== undefined));
    expect(disagreements).toEqual([]);
    expect(selected.filter(Boolean).length).toBeGreaterThan(20);
  });
});

describe('action.yml', () => {
  interface Step {
    name: string;
    id?: string;
    if?: string;
    shell?: string;
    run?: string;
    uses?: string;
    env?: Record<string, string>;
    with?: Record<string, string>;
  }
  const action = parse(read('action.yml')) as {
    inputs: Record<string, { default: string }>;
    runs: { using: string; steps: Step[] };
  };
  const scratch = mkdtempSync(join(tmpdir(), 'shipshape-action-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  /** Runs the action's `run` steps as the runner would: bash -eo pipefail, inputs and GITHUB_ENV/OUTPUT files. */
  function runAction(inputs: Record<string, string>, name: string) {
    const workspace = join(scratch, name);
    cpSync(join(root, 'test/fixtures/lint-repo'), workspace, { recursive: true });
    const values = {
      ...Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, v.default])),
      ...inputs,
    };
    const githubEnv = join(scratch, `${name}.env`);
    const githubOutput = join(scratch, `${name}.output`);
    writeFileSync(githubEnv, '');
    writeFileSync(githubOutput, '');
    const expand = (text: string) =>
      text
        .replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, input: string) => values[input] ?? '')
        .replace(/\$\{\{\s*github\.action_path\s*\}\}/g, root);
    let stdout = '';
    let code = 0;
    for (const step of action.runs.steps.filter((s) => s.run)) {
      expect(step.shell).toBe('bash');
      const fromSteps = Object.fromEntries(
        readFileSync(githubEnv, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
      );
      const env = Object.fromEntries(
        Object.entries(step.env ?? {}).map(([key, value]) => [key, expand(value)]),
      );
      const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run ?? ''], {
        cwd: workspace,
        encoding: 'utf8',
        env: {
          ...process.env,
          ...fromSteps,
          ...env,
          GITHUB_ENV: githubEnv,
          GITHUB_OUTPUT: githubOutput,
          NO_COLOR: '1',
        },
      });
      stdout += result.stdout;
      code = result.status ?? -1;
      if (code !== 0) break;
    }
    return { code, stdout, workspace, outputs: readFileSync(githubOutput, 'utf8') };
  }

  it('is a composite action whose lint step prints annotations and fails on findings', () => {
    expect(action.runs.using).toBe('composite');
    const result = runAction({}, 'annotations');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      '::error file=compose.yaml,line=4,col=17,endLine=4,endColumn=21,title=compose-no-privileged::api runs privileged: it can take over the host\n',
    );
    expect(result.stdout).toMatch(/^::warning file=api\/Dockerfile,line=5,col=5,.*title=exec-form-cmd::/m);
    // The fixture's .shipshape.yaml switches from-as-casing off: the action reads the repository's configuration.
    expect(result.stdout).not.toContain('from-as-casing');
    expect(result.outputs).toBe('');
  });

  it('writes SARIF for the upload step when asked, and honours failure-threshold', () => {
    const result = runAction(
      { sarif: 'true', 'failure-threshold': 'none', path: 'compose.yaml api' },
      'sarif',
    );
    expect(result.code).toBe(0);
    expect(result.outputs).toBe('sarif-file=shipshape.sarif\n');
    const sarif = JSON.parse(readFileSync(join(result.workspace, 'shipshape.sarif'), 'utf8')) as {
      runs: Array<{ results: Array<{ ruleId: string }> }>;
    };
    expect(sarif.runs[0]?.results.map((r) => r.ruleId)).toContain('compose-no-privileged');
    const upload = action.runs.steps.find((step) =>
      step.uses?.startsWith('github/codeql-action/upload-sarif@'),
    );
    expect(upload?.if).toContain("inputs.sarif == 'true'");
    expect(upload?.with?.sarif_file).toBe('${{ steps.lint.outputs.sarif-file }}');
  });

  it('refuses a bad threshold with exit 2, as the CLI does', () => {
    expect(runAction({ 'failure-threshold': 'loud' }, 'bad-input').code).toBe(2);
  });
});

describe('actions used by this repository', () => {
  it.each(['action.yml', '.github/workflows/release.yml'])(
    '%s pins every action to a commit, its tag in a comment',
    (file) => {
      const uses = read(file)
        .split('\n')
        .filter((line) => /^\s*(-\s+)?uses:/.test(line));
      expect(uses.length).toBeGreaterThan(0);
      for (const line of uses) expect(line).toMatch(/uses: [\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
    },
  );

  it('publishes to npm with provenance and the image with an SBOM and full provenance', () => {
    const workflow = parse(read('.github/workflows/release.yml')) as {
      jobs: Record<
        string,
        { needs?: string; steps: Array<{ run?: string; uses?: string; with?: Record<string, unknown> }> }
      >;
    };
    expect(workflow.jobs.npm?.needs).toBe('test');
    expect(
      workflow.jobs.npm?.steps.some((step) => step.run === 'npm publish --provenance --access public'),
    ).toBe(true);
    const push = workflow.jobs.image?.steps.find((step) =>
      step.uses?.startsWith('docker/build-push-action@'),
    );
    expect(workflow.jobs.image?.needs).toBe('test');
    expect(push?.with).toMatchObject({ push: true, sbom: true, provenance: 'mode=max' });
  });
});
