/**
 * ESLint's RuleTester, for shipshape: a rule gets tables of valid and invalid snippets, and every invalid
 * case states where the finding is and, for a fixable rule, what the fixed text is. Each rule's documented
 * bad example must fire and its good example must not, so the docs cannot drift from the code.
 */

import { describe, expect, it } from 'vitest';
import { fixToFixpoint, type LintOptions } from '../src/lint/engine.js';
import { exampleOptions, lintWithRule } from '../src/rules/examples.js';
import type { Rule } from '../src/rules/rule.js';

export interface InvalidCase {
  code: string;
  /** Start lines of the expected findings, in order. */
  lines: number[];
  /** Substring each message must contain (optional). */
  message?: string;
  /** The text after `--fix`, for fixable rules. */
  output?: string;
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
        const result = lint(rule, invalid.code, invalid.options);
        expect(result.problems).toEqual([]);
        expect(result.findings.map((f) => f.range.start.line)).toEqual(invalid.lines);
        for (const finding of result.findings) {
          expect(finding.ruleId).toBe(rule.id);
          if (invalid.message) expect(finding.message).toContain(invalid.message);
        }
        if (rule.fixable && invalid.output !== undefined) {
          const fixed = fixToFixpoint(invalid.code, (text) => lint(rule, text, invalid.options));
          expect(fixed.text).toBe(invalid.output);
        }
        if (!rule.fixable) expect(result.findings.every((f) => !f.fix)).toBe(true);
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
