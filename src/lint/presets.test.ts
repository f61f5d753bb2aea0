import { describe, expect, it } from 'vitest';
import { lintDockerfileText } from './engine.js';
import { parseShipshapeConfig } from './settings.js';

const dockerfile =
  'FROM debian:bookworm-slim\n# hadolint ignore=DL3015\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/* && pip install flask\n';

function ruleIds(configText: string): string[] {
  const config = parseShipshapeConfig(configText, '.shipshape.yaml');
  return lintDockerfileText(dockerfile, 'Dockerfile', { config }).findings.map(
    (f) => `${f.ruleId}:${f.severity}`,
  );
}

describe('presets', () => {
  it('recommended turns distribution package pins off and keeps language pins as info', () => {
    const found = ruleIds('preset: recommended\n');
    expect(found.some((id) => id.startsWith('apt-pin-versions'))).toBe(false);
    expect(found).toContain('pip-pin-versions:info');
  });

  it('strict runs the opt-in rules too', () => {
    expect(ruleIds('preset: strict\n')).toContain('no-inline-ignore:info');
    expect(ruleIds('{}\n')).not.toContain('no-inline-ignore:info');
  });

  it('hadolint runs only the rules hadolint has', () => {
    const found = ruleIds('preset: hadolint\n');
    expect(found).toContain('apt-pin-versions:warning');
    expect(found.some((id) => id.startsWith('final-user-missing'))).toBe(false);
  });

  it('lets rules: override the preset', () => {
    expect(ruleIds('preset: recommended\nrules:\n  apt-pin-versions: error\n')).toContain(
      'apt-pin-versions:error',
    );
  });

  it('refuses an unknown preset in one line', () => {
    expect(() => parseShipshapeConfig('preset: lenient\n', '.shipshape.yaml')).toThrow(
      /preset: expected one of recommended, strict, hadolint, not "lenient"/,
    );
  });
});
