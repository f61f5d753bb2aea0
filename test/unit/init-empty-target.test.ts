import { describe, expect, it } from 'vitest';
import { runCli } from '../cli-run.js';

const GO_APP = {
  'go.mod': 'module example.com/hello\n\ngo 1.22\n',
  'main.go': 'package main\n\nfunc main() {}\n',
};

describe('init --target with nothing to write', () => {
  it('says why and exits non-zero instead of writing nothing silently', async () => {
    const run = await runCli(['init', '.', '--target', 'bake'], GO_APP);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/nothing to write for target bake: docker-bake\.hcl .*one app/);
  });
});
