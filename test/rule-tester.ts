/**
 * ESLint's RuleTester, for shipshape: a rule gets tables of valid and invalid snippets. Every invalid case
 * states each finding's exact range and its message (by id and data when the rule declares messages), and
 * for a fixable rule what `--fix` makes of it (`output: null` when no fix applies). Each rule's documented
 * bad example must fire and its good example must not, so the docs cannot drift from the code.
 */

import { describe, expect, it } from 'vitest';
import { fixToFixpoint, type LintOptions } from '../src/lint/engine.js';
import { exampleOptions, lintWithRule } from '../src/lint/rule-examples.js';
import type { Rule } from '../src/rules/rule.js';

/** Where a finding is (1-based, end exclusive) and what it says. */
export type ExpectedFinding = {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
} & ({ message: string } | { messageId: string; data?: Record<string, string> });

export interface InvalidCase {
  code: string;
  errors: ExpectedFinding[];
  /** The text after `--fix`; required for fixable rules, `null` when no fix applies to this case. */
  output?: string | null;
  /** The text after `--fix --fix-suggestions`, for rules that suggest edits which change meaning. */
  suggestions?: string;
  options?: LintOptions;
  name?: string;
}

export interface ValidCase {
  code: string;
  options?: LintOptions;
  name?: string;
}

const lint = lintWithRule;

const asCase = (entry: string | ValidCase): ValidCase =>
  typeof entry === 'string' ? { code: entry } : entry;

export function ruleTester(
  rule: Rule,
  cases: { valid: Array<string | ValidCase>; invalid: InvalidCase[] },
): void {
  describe(`${rule.id} (${[...rule.aliases].join(', ') || 'no aliases'})`, () => {
    it('fires on its documented bad example and not on its good one', () => {
      const options = exampleOptions(rule);
      expect(lint(rule, rule.docs.bad, options).findings.length, rule.docs.bad).toBeGreaterThan(0);
      expect(lint(rule, rule.docs.good, options).findings, rule.docs.good).toEqual([]);
    });

    for (const [index, entry] of cases.valid.entries()) {
      const valid = asCase(entry);
      it(`valid ${valid.name ?? index + 1}: ${firstLine(valid.code)}`, () => {
        const result = lint(rule, valid.code, valid.options);
        expect(result.problems).toEqual([]);
        expect(result.findings.map((f) => `${f.range.start.line}: ${f.message}`)).toEqual([]);
      });
    }

    for (const [index, invalid] of cases.invalid.entries()) {
      it(`invalid ${invalid.name ?? index + 1}: ${firstLine(invalid.code)}`, () => {
        if (rule.fixable && invalid.output === undefined)
          throw new Error(`${rule.id} is fixable: give this case its output (null when no fix applies)`);
        const result = lint(rule, invalid.code, invalid.options);
        expect(result.problems).toEqual([]);
        const actual = result.findings.map((finding, i) => {
          const expected = invalid.errors[i];
          const where = {
            line: finding.range.start.line,
            column: finding.range.start.column,
            endLine: finding.range.end.line,
            endColumn: finding.range.end.column,
          };
          if (expected && 'messageId' in expected)
            return {
              ...where,
              messageId: finding.messageId,
              ...(expected.data === undefined ? {} : { data: finding.data }),
            };
          return { ...where, message: finding.message };
        });
        expect(actual).toEqual(invalid.errors);
        for (const finding of result.findings) expect(finding.ruleId).toBe(rule.id);
        if (rule.fixable) {
          const fixed = fixToFixpoint(invalid.code, (text) => lint(rule, text, invalid.options));
          expect(fixed.text).toBe(invalid.output ?? invalid.code);
        } else {
          expect(invalid.output, 'a rule without a fix has no output').toBeUndefined();
        }
        if (invalid.suggestions !== undefined) {
          const lintCase = (text: string) => lint(rule, text, invalid.options);
          expect(fixToFixpoint(invalid.code, lintCase).text, 'suggestions wait for --fix-suggestions').toBe(
            rule.fixable ? (invalid.output ?? invalid.code) : invalid.code,
          );
          expect(fixToFixpoint(invalid.code, lintCase, { suggestions: true }).text).toBe(invalid.suggestions);
        }
      });
    }
  });
}

function firstLine(code: string): string {
  const lines = code
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('FROM') && !line.startsWith('#'));
  return (lines[0] ?? code.split('\n')[0] ?? '').slice(0, 60);
}

export const dockerfile = (...lines: string[]) => `${lines.join('\n')}\n`;
