import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintComposeText, lintDockerfileText } from '../../src/lint/engine.js';

// The seed documents hold real mistakes; these are the findings a reviewer agrees with. CI has the
// seeds beside the repository (../shared/seeds); elsewhere the suite says it skipped.
const seeds = process.env.SHIPSHAPE_SEEDS ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'seeds');
const present = existsSync(seeds);
if (!present) console.warn(`seeds: skipped, ${seeds} not found`);

interface Block {
  seed: string;
  language: 'dockerfile' | 'yaml';
  body: string;
}

function blocks(): Block[] {
  const out: Block[] = [];
  for (const name of readdirSync(seeds).sort()) {
    const text = readFileSync(join(seeds, name), 'utf8');
    for (const match of text.matchAll(/```(dockerfile|yaml)\n([\s\S]*?)```/g)) {
      out.push({ seed: name.slice(0, 3), language: match[1] as Block['language'], body: match[2] as string });
    }
  }
  return out;
}

describe.skipIf(!present)('lint on the seed documents', () => {
  const results = present
    ? blocks()
        .filter((block) => block.language === 'dockerfile' || /^services:/m.test(block.body))
        .map((block) => ({
          ...block,
          result:
            block.language === 'dockerfile'
              ? lintDockerfileText(block.body, 'Dockerfile')
              : lintComposeText(
                  block.body,
                  /deploy:\s*\n\s+replicas/.test(block.body) ? 'compose.prod.yaml' : 'compose.yaml',
                ),
        }))
    : [];
  const found = (seed: string, ruleId: string) =>
    results.some((r) => r.seed === seed && r.result.findings.some((f) => f.ruleId === ruleId));
  const problem = (seed: string, pattern: RegExp) =>
    results.some((r) => r.seed === seed && r.result.problems.some((p) => pattern.test(p.message)));

  it.each([
    ['000', 'npm-omit-dev'],
    ['001', 'npm-omit-dev'],
    ['002', 'npm-omit-dev'],
    ['003', 'npm-omit-dev'],
    ['000', 'no-latest-tag'],
    ['001', 'compose-no-version'],
    ['002', 'compose-no-version'],
    ['003', 'compose-no-version'],
    ['004', 'compose-no-version'],
    ['001', 'compose-plaintext-secrets'],
    ['002', 'compose-datastore-port-exposed'],
    ['002', 'compose-schema'],
    ['003', 'chown-after-copy'],
    ['002', 'pid1-package-manager'],
    ['001', 'image-tag-explicit'],
    ['000', 'apt-no-install-recommends'],
    ['002', 'compose-image-pinned'],
  ])('seed %s: %s', (seed, ruleId) => {
    expect(found(seed, ruleId)).toBe(true);
  });

  it("catches seed 001's comment after FROM, which Docker rejects", () => {
    expect(problem('001', /'#' after FROM is not a comment/)).toBe(true);
  });

  it('lints every block without crashing and reports every finding inside its block', () => {
    for (const { body, result } of results) {
      for (const finding of result.findings) {
        expect(finding.range.start.line).toBeGreaterThanOrEqual(1);
        expect(finding.range.endOffset).toBeLessThanOrEqual(body.length);
      }
    }
  });
});
