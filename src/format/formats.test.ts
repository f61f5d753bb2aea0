import { describe, expect, it } from 'vitest';
import { colours } from '../core/colours.js';
import { lintDockerfileText } from '../lint/engine.js';
import { formatFindings } from './index.js';
import { NO_LINKS, projectLinks, repositoryWebUrl } from './project-links.js';

const { findings } = lintDockerfileText(
  'FROM node:24-bookworm-slim as build\nUSER 1000\nCMD node server.js\n',
  'app/Dockerfile',
);
const context = (links = NO_LINKS) => ({
  colours: colours(false),
  source: () => undefined,
  cwd: '/repo',
  links,
});

describe('compact', () => {
  it('prints file:line:col: severity rule-id message, one line per finding', () => {
    const lines = formatFindings('compact', findings, context()).trimEnd().split('\n');
    expect(lines).toHaveLength(findings.length);
    expect(lines[0]).toBe(
      "app/Dockerfile:1:28: warning from-as-casing 'as' does not match the case of 'FROM'",
    );
    for (const line of lines)
      expect(line).toMatch(/^app\/Dockerfile:\d+:\d+: (error|warning|info|style) [a-z0-9-]+ \S/);
  });
});

describe('gitlab', () => {
  it("writes GitLab's code quality fields with stable, distinct fingerprints", () => {
    const issues = JSON.parse(formatFindings('gitlab', findings, context())) as Array<
      Record<string, unknown>
    >;
    expect(issues[0]).toMatchObject({
      check_name: 'from-as-casing',
      severity: 'minor',
      location: { path: 'app/Dockerfile', lines: { begin: 1 } },
    });
    const prints = issues.map((issue) => issue.fingerprint);
    expect(new Set(prints).size).toBe(prints.length);
    const again = JSON.parse(formatFindings('gitlab', findings, context())) as Array<Record<string, unknown>>;
    expect(again.map((issue) => issue.fingerprint)).toEqual(prints);
  });
});

describe('sarif', () => {
  type Sarif = {
    runs: Array<{
      tool: { driver: { informationUri?: string; rules: Array<{ id: string; helpUri?: string }> } };
      results: Array<{ ruleId: string; fixes?: Array<{ artifactChanges: Array<Record<string, unknown>> }> }>;
    }>;
  };
  const links = projectLinks({
    version: '1.2.3',
    repository: { type: 'git', url: 'git+https://github.com/o/r.git' },
  });

  it('links each rule to its doc page and the tool to its repository when package.json names one', () => {
    const run = (JSON.parse(formatFindings('sarif', findings, context(links))) as Sarif).runs[0];
    expect(run?.tool.driver.informationUri).toBe('https://github.com/o/r');
    expect(run?.tool.driver.rules.find((rule) => rule.id === 'from-as-casing')?.helpUri).toBe(
      'https://github.com/o/r/blob/v1.2.3/docs/rules/from-as-casing.md',
    );
  });

  it('leaves the links out rather than inventing them when package.json has none', () => {
    const run = (JSON.parse(formatFindings('sarif', findings, context())) as Sarif).runs[0];
    expect(run?.tool.driver).not.toHaveProperty('informationUri');
    expect(run?.tool.driver.rules[0]).not.toHaveProperty('helpUri');
  });

  it('carries each fixable finding’s edits as a SARIF fix', () => {
    const run = (JSON.parse(formatFindings('sarif', findings, context())) as Sarif).runs[0];
    const casing = run?.results.find((result) => result.ruleId === 'from-as-casing');
    expect(casing?.fixes?.[0]?.artifactChanges[0]).toEqual({
      artifactLocation: { uri: 'app/Dockerfile' },
      replacements: [
        {
          deletedRegion: { startLine: 1, startColumn: 28, endLine: 1, endColumn: 30 },
          insertedContent: { text: 'AS' },
        },
      ],
    });
    const unfixable = findings.filter((finding) => !finding.fix?.length).map((finding) => finding.ruleId);
    for (const result of run?.results ?? [])
      if (unfixable.includes(result.ruleId)) expect(result).not.toHaveProperty('fixes');
  });
});

describe('repositoryWebUrl', () => {
  it.each([
    ['github:o/r', 'https://github.com/o/r'],
    ['o/r', 'https://github.com/o/r'],
    ['gitlab:g/p', 'https://gitlab.com/g/p'],
    ['git@github.com:o/r.git', 'https://github.com/o/r'],
    ['git+ssh://git@github.com/o/r.git', 'https://github.com/o/r'],
    ['https://codeberg.org/o/r', 'https://codeberg.org/o/r'],
  ])('%s -> %s', (input, url) => {
    expect(repositoryWebUrl(input)).toBe(url);
  });

  it('finds docs in a monorepo directory and on GitLab, none on hosts without blob paths', () => {
    expect(
      projectLinks({
        version: '1.0.0',
        repository: { url: 'gitlab:g/p', directory: 'packages/tool' },
      }).ruleDocUri('x'),
    ).toBe('https://gitlab.com/g/p/-/blob/v1.0.0/packages/tool/docs/rules/x.md');
    expect(projectLinks({ repository: 'https://codeberg.org/o/r' }).ruleDocUri('x')).toBeUndefined();
    expect(projectLinks({ homepage: 'https://example.org', repository: 'o/r' }).informationUri).toBe(
      'https://example.org',
    );
  });
});
