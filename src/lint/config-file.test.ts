import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/cli-run.js';
import { memoryFileSystem } from '../../test/memory-file-system.js';
import { loadLintConfig } from './config-file.js';

function loadError(files: Record<string, string>): string {
  try {
    loadLintConfig(memoryFileSystem(files, '/work'), '/work');
  } catch (error) {
    return (error as { format(): string }).format();
  }
  throw new Error('expected the configuration to be refused');
}

describe('configuration schema', () => {
  it('refuses wrong types in .hadolint.yaml at the line and column of the wrong value', () => {
    expect(loadError({ '.hadolint.yaml': 'ignored:\n  - DL3008\n  - {a: 1}\n  - null\n' })).toBe(
      '/work/.hadolint.yaml:3:5 `ignored[1]` must be string',
    );
    expect(loadError({ '.hadolint.yaml': 'ignored: [DL3008]\nstrict-labels: "yes"\n' })).toBe(
      '/work/.hadolint.yaml:2:16 `strict-labels` must be boolean',
    );
    expect(loadError({ '.hadolint.yaml': 'override:\n  error: DL3008\n' })).toBe(
      '/work/.hadolint.yaml:2:10 `override.error` must be array',
    );
  });

  it('refuses unknown keys, bad levels and bad ignores in .shipshape.yaml, pointing at them', () => {
    expect(loadError({ '.shipshape.yaml': 'rules:\n  DL3008: off\nfailurethreshold: error\n' })).toBe(
      '/work/.shipshape.yaml:3:1 `failurethreshold` is not a known setting',
    );
    expect(loadError({ '.shipshape.yaml': 'rules:\n  DL3008: loud\n' })).toBe(
      '/work/.shipshape.yaml:2:11 `rules.DL3008` must be one of error, warning, info, style, off, not "loud"',
    );
    expect(loadError({ '.shipshape.yaml': 'ignores:\n  - rules: [DL3008]\n' })).toBe(
      '/work/.shipshape.yaml:2:5 `ignores[0]` needs `paths`',
    );
    expect(loadError({ '.shipshape.yaml': 'ignores:\n  - paths: [a, [b]]\n' })).toBe(
      '/work/.shipshape.yaml:2:16 `ignores[0].paths[1]` must be string',
    );
  });

  it('accepts every setting the loader reads', () => {
    const { config } = loadLintConfig(
      memoryFileSystem(
        {
          '.shipshape.yaml': [
            '# yaml-language-server: $schema=./node_modules/shipshape/schemas/shipshape-config.schema.json',
            'rules: { DL3008: off, exec-form-cmd: error }',
            'ignores: [{ paths: "legacy/**", rules: [DL3008] }, { paths: [a, b] }]',
            'trustedRegistries: [docker.io]',
            'failureThreshold: warning',
            'labelSchema: { org.opencontainers.image.source: url }',
            'strictLabels: true',
            'today: 2026-01-01',
            '',
          ].join('\n'),
        },
        '/work',
      ),
      '/work',
    );
    expect(config).toMatchObject({ failureThreshold: 'warning', strictLabels: true, today: '2026-01-01' });
    expect(config.ignores).toEqual([
      { paths: ['legacy/**'], rules: ['DL3008'] },
      { paths: ['a', 'b'], rules: [] },
    ]);
  });

  it('turns a bad configuration into one line and exit 2 on the command line', async () => {
    const result = await runCli(['lint'], {
      '.hadolint.yaml': 'strict-labels: "yes"\n',
      Dockerfile: 'FROM x:1\n',
    });
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(
      'shipshape: /work/.hadolint.yaml:1:16 `strict-labels` must be boolean',
    );
  });
});
