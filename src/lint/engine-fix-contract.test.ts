import { describe, expect, it } from 'vitest';
import type { DockerfileRule } from '../rules/rule.js';
import { fixToFixpoint, lintDockerfileText } from './engine.js';

/** A rule that reports a fix on every FROM; `fixable` decides whether the engine lets it through. */
function fromRule(fixable: boolean): DockerfileRule {
  return {
    kind: 'dockerfile',
    id: 'test-from-fix',
    aliases: [],
    severity: 'warning',
    fixable,
    docs: { summary: '', why: '', bad: '', good: '' },
    messages: { rename: 'FROM {image} should be {wanted}' },
    check({ model, report }) {
      for (const stage of model.stages) {
        if (stage.baseImage === 'debian') {
          report({
            range: stage.from.range,
            messageId: 'rename',
            data: { image: stage.baseImage, wanted: 'debian:bookworm' },
            fix: [{ range: stage.from.range, text: 'FROM debian:bookworm' }],
          });
        }
      }
    },
  };
}

const lintWith = (rule: DockerfileRule) => (text: string) =>
  lintDockerfileText(text, 'Dockerfile', { rules: [rule] });

describe('the engine and a rule’s fix', () => {
  it('applies the fix of a rule marked fixable', () => {
    const fixed = fixToFixpoint('FROM debian\n', lintWith(fromRule(true)));
    expect(fixed.text).toBe('FROM debian:bookworm\n');
  });

  it('refuses the fix of a rule whose meta says it has none: the finding stays, the text does not change', () => {
    const rule = fromRule(false);
    const result = lintWith(rule)('FROM debian\n');
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]?.fix).toBeUndefined();
    expect(fixToFixpoint('FROM debian\n', lintWith(rule)).text).toBe('FROM debian\n');
  });

  it('fills a message template from the data and keeps both on the finding', () => {
    const [finding] = lintWith(fromRule(true))('FROM debian\n').findings;
    expect(finding?.message).toBe('FROM debian should be debian:bookworm');
    expect(finding?.messageId).toBe('rename');
    expect(finding?.data).toEqual({ image: 'debian', wanted: 'debian:bookworm' });
  });
});
