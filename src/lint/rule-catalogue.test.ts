import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findRule, RULES } from '../rules/index.js';
import { presetsMarkdown, ruleMarkdown, rulesIndexMarkdown } from './rule-docs.js';

const docsDir = new URL('../../docs/rules/', import.meta.url);

describe('the rule catalogue', () => {
  it('has unique kebab-case ids, and aliases that name one rule or a shared BuildKit check', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
    const shared = new Set(['MultipleInstructionsDisallowed']);
    const aliases = RULES.flatMap((rule) => rule.aliases).filter((alias) => !shared.has(alias));
    expect(new Set(aliases).size).toBe(aliases.length);
  });

  it('covers every current hadolint DL rule', () => {
    // DL3005, DL3017, DL3031 and DL3039 were retired by hadolint.
    const retired = new Set(['DL3005', 'DL3017', 'DL3031', 'DL3039']);
    const expected = [
      'DL1001',
      ...Array.from({ length: 68 }, (_, i) => `DL${3000 + i}`),
      ...['DL4000', 'DL4001', 'DL4003', 'DL4004', 'DL4005', 'DL4006'],
    ].filter((id) => !retired.has(id));
    expect(expected.filter((id) => !findRule(id))).toEqual([]);
  });

  it('covers every Docker build check (docker build --check) by its name', () => {
    const checks = [
      'FromAsCasing',
      'StageNameCasing',
      'JSONArgsRecommended',
      'SecretsUsedInArgOrEnv',
      'UndefinedVar',
      'UndefinedArgInFrom',
      'WorkdirRelativePath',
      'CopyIgnoredFile',
      'MaintainerDeprecated',
      'LegacyKeyValueFormat',
      'InvalidDefaultArgInFrom',
      'RedundantTargetPlatform',
      'ConsistentInstructionCasing',
      'DuplicateStageName',
      'ReservedStageName',
      'ExposeProtoCasing',
      'ExposeInvalidFormat',
      'FromPlatformFlagConstDisallowed',
      'MultipleInstructionsDisallowed',
      'NoEmptyContinuation',
    ];
    expect(checks.filter((name) => !findRule(name))).toEqual([]);
  });

  it("covers hadolint's label-schema rules", () => {
    const ids = [
      'DL3049',
      'DL3050',
      'DL3051',
      'DL3052',
      'DL3053',
      'DL3054',
      'DL3055',
      'DL3056',
      'DL3058',
      'DL3010',
    ];
    expect(ids.filter((id) => !findRule(id))).toEqual([]);
  });

  it('finds rules by id or alias', () => {
    expect(findRule('DL3008')?.id).toBe('apt-pin-versions');
    expect(findRule('JSONArgsRecommended')?.id).toBe('exec-form-cmd');
    expect(findRule('apt-pin-versions')?.aliases).toEqual(['DL3008']);
  });

  it('has a page in docs/rules for every rule, up to date with its metadata (npm run docs)', () => {
    const pages = readdirSync(docsDir).filter((name) => name !== 'README.md' && name !== 'presets.md');
    expect(pages.sort()).toEqual(RULES.map((rule) => `${rule.id}.md`).sort());
    for (const rule of RULES)
      expect(readFileSync(new URL(`${rule.id}.md`, docsDir), 'utf8'), rule.id).toBe(ruleMarkdown(rule));
    expect(readFileSync(new URL('README.md', docsDir), 'utf8')).toBe(rulesIndexMarkdown(RULES));
    expect(readFileSync(new URL('presets.md', docsDir), 'utf8')).toBe(presetsMarkdown(RULES));
  });
});
