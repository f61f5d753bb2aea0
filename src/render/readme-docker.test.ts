import { describe, expect, it } from 'vitest';
import { type AppPlan, emptyPlan } from '../core/app-plan.js';
import { deployPlan } from '../stacks/index.js';
import { renderReadmeDocker } from './readme-docker.js';

function readme(changes: Partial<AppPlan>): string {
  return renderReadmeDocker(deployPlan({ ...emptyPlan('python', 'Billing API', '.'), ...changes }));
}

describe('README.Docker.md', () => {
  it.each<[Partial<AppPlan>, string]>([
    [
      { port: 8000, healthcheckPath: '/health' },
      'docker run --rm -p 127.0.0.1:8000:8000 --read-only --tmpfs /tmp billing-api',
    ],
    [{ port: 8000, healthcheckPath: '/health' }, 'it answers on http://127.0.0.1:8000/health.'],
    [{ port: undefined }, 'docker run --rm --read-only --tmpfs /tmp billing-api\n'],
    [{ services: ['postgres'] }, 'pass `-e DATABASE_URL=...`'],
    [{ services: ['postgres'] }, 'head -c 24 /dev/urandom | base64 > secrets/db_password.txt'],
    [
      { services: ['postgres'] },
      'DB_PASSWORD="$(cat secrets/db_password.txt)" docker compose -f compose.yaml',
    ],
    [{ devCommand: 'flask run --debug' }, 'the `development` target runs `flask run --debug` with the'],
  ])('for %j says %s', (changes, text) => {
    expect(readme(changes)).toContain(text);
  });

  it.each<[Partial<AppPlan>, string]>([
    [{ port: undefined }, 'answers on'],
    [{ services: ['redis'] }, 'DB_PASSWORD'],
    [{}, 'to reach'],
  ])('for %j leaves out %s', (changes, text) => {
    expect(readme(changes)).not.toContain(text);
  });

  it('names the proxy target only where init would write one', () => {
    const app = deployPlan({ ...emptyPlan('python', 'Billing API', '.'), port: 8000 });
    const line = '- `shipshape init --target proxy`: Caddy in front of the app';
    expect(renderReadmeDocker(app)).toContain(line);
    // One of several apps with a port: init refuses the proxy there, so the README does not offer it.
    expect(renderReadmeDocker(app, undefined, false)).not.toContain('--target proxy');
    expect(readme({ port: undefined })).not.toContain('--target proxy');
  });
});
