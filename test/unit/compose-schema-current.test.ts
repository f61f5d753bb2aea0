import { describe, expect, it } from 'vitest';
import { lintComposeText } from '../../src/lint/engine.js';

const schemaFindings = (text: string) =>
  lintComposeText(text, 'compose.yaml')
    .findings.filter((finding) => finding.ruleId === 'compose-schema')
    .map((finding) => `${finding.range.start.line}: ${finding.message}`);

describe('the Compose schema follows the current specification', () => {
  it('accepts pre_start, post_start, develop.watch initial_sync, build.sbom and build.provenance', () => {
    const text = [
      'services:',
      '  web:',
      '    build:',
      '      context: .',
      '      sbom: true',
      '      provenance: mode=max',
      '    pre_start:',
      '      - command: ["./manage.py", "migrate"]',
      '      - image: busybox:1.37',
      '        command: sh -c "chown -R 1000:1000 /data"',
      '        per_replica: false',
      '    post_start:',
      '      - command: ["echo", "started"]',
      '        user: "1000"',
      '    develop:',
      '      watch:',
      '        - path: ./src',
      '          action: sync+restart',
      '          target: /app/src',
      '          initial_sync: true',
      '',
    ].join('\n');
    expect(schemaFindings(text)).toEqual([]);
  });

  it('still reports what the specification does not allow in them', () => {
    const text = [
      'services:',
      '  web:',
      '    image: nginx:1.29',
      '    build:',
      '      context: .',
      '      sbom: 3',
      '    pre_start:',
      '      - image: busybox:1.37',
      '        retries: 2',
      '    develop:',
      '      watch:',
      '        - path: ./src',
      '          action: sync',
      '          initial_sync: "yes"',
      '',
    ].join('\n');
    const findings = schemaFindings(text);
    expect(findings.some((line) => line.startsWith('6: ') && line.includes('sbom'))).toBe(true);
    expect(findings.some((line) => line.startsWith('9: ') && line.includes("'retries'"))).toBe(true);
    expect(findings.some((line) => line.startsWith('14: ') && line.includes('initial_sync'))).toBe(true);
  });
});
