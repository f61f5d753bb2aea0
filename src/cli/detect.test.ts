import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/cli-run.js';

const app = {
  'shop/package.json': JSON.stringify({
    name: 'shop',
    scripts: { start: 'node server.js' },
    dependencies: { express: '4.21.1', pg: '8.13.1' },
    engines: { node: '>=20' },
  }),
  'shop/package-lock.json': '{}',
  'shop/server.js': "app.get('/healthz', ok);\napp.listen(process.env.PORT || 5000);\n",
};

describe('shipshape detect', () => {
  it('explains the plan, with where each value came from', async () => {
    const result = await runCli(['detect', 'shop'], app);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('shop: 1 app');
    expect(result.stdout).toMatch(/runtime +node 20 {2}\(package\.json engines\.node\)/);
    expect(result.stdout).toMatch(/start +node server\.js {2}\(scripts\.start\)/);
    expect(result.stdout).toMatch(/port +5000 {2}\(server\.js\)/);
    expect(result.stdout).toMatch(/services +postgres/);
  });

  it('prints the JSON contract with null for what it could not find', async () => {
    const json = JSON.parse((await runCli(['detect', 'shop', '--json'], app)).stdout);
    expect(json).toMatchObject({ monorepo: false, packageManager: 'npm', libraries: [] });
    expect(json.apps[0]).toMatchObject({
      name: 'shop',
      language: 'node',
      framework: 'express',
      buildCommand: null,
      healthcheckPath: '/healthz',
      services: ['postgres'],
    });
  });

  it('says what it found and exits 1 when no app is recognised', async () => {
    const result = await runCli(['detect', 'docs'], { 'docs/notes.txt': 'hi' });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^docs: no app recognised \(found notes\.txt\)/);
  });

  it('rejects a missing directory in one line with exit 2', async () => {
    const result = await runCli(['detect', 'nowhere']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('shipshape: nowhere: no such directory\n');
  });
});
