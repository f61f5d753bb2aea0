import { describe, expect, it } from 'vitest';
import { type AppPlan, type DeployPlan, emptyPlan } from '../core/app-plan.js';
import { parseYaml } from '../parse/yaml-source.js';
import { deployPlan } from '../stacks/index.js';
import { renderCompose, renderComposeProduction } from './compose.js';
import { renderSwarmStack } from './swarm.js';

function app(changes: Partial<AppPlan>): DeployPlan {
  return deployPlan({
    ...emptyPlan('python', 'shop', '.'),
    port: 8000,
    startCommand: 'gunicorn shop.wsgi',
    ...changes,
  });
}

// Parsed as Compose parses it, merge tags (`!reset`) included.
const services = (text: string) =>
  (parseYaml(text, 'compose.yaml').value as { services: Record<string, Record<string, unknown>> }).services;

describe('the migration service', () => {
  it.each([
    ['python', 'production'],
    ['node', 'development'],
  ] as const)(
    '%s: runs once from the %s stage after the database is healthy, and the app waits for it',
    (language, target) => {
      const plan = app({
        language,
        migrateCommand: 'python manage.py migrate --noinput',
        services: ['postgres'],
      });
      const compose = services(renderCompose(plan));
      expect(compose.migrate).toEqual({
        build: { context: '.', target },
        command: ['python', 'manage.py', 'migrate', '--noinput'],
        environment: {
          DATABASE_URL: 'postgres://app:${DB_PASSWORD:-development-only}@postgres:5432/app',
          // The service speaks no TLS: lib/pq and the libpq family read this instead of requiring it.
          PGSSLMODE: 'disable',
        },
        depends_on: { postgres: { condition: 'service_healthy' } },
      });
      expect(compose.shop?.depends_on).toEqual({
        postgres: { condition: 'service_healthy' },
        migrate: { condition: 'service_completed_successfully' },
      });
      // Production hands it the required password and the secret file, like the app.
      const migrate = services(renderComposeProduction(plan)).migrate;
      expect(migrate?.environment).toEqual({
        DATABASE_URL:
          'postgres://app:${DB_PASSWORD:?set DB_PASSWORD in the environment or .env}@postgres:5432/app',
        DB_PASSWORD_FILE: '/run/secrets/db_password',
      });
      expect(migrate?.secrets).toEqual(['db_password']);
    },
  );

  it('is not written without a migration tool, or without a database to migrate', () => {
    expect(services(renderCompose(app({ services: ['postgres'] })))).not.toHaveProperty('migrate');
    expect(services(renderCompose(app({ migrateCommand: 'alembic upgrade head' })))).not.toHaveProperty(
      'migrate',
    );
  });
});

describe('the Swarm stack', () => {
  it('asks for the password where docker stack deploy runs, which reads no .env', () => {
    const stack = services(renderSwarmStack(app({ services: ['postgres'] })));
    expect(stack.postgres?.environment).toMatchObject({
      POSTGRES_PASSWORD: '${DB_PASSWORD:?set DB_PASSWORD where docker stack deploy runs}',
    });
    expect(stack.shop).toMatchObject({
      image: expect.stringMatching(/^\$\{IMAGE:\?/),
      deploy: { replicas: 2 },
    });
    expect(stack.shop).not.toHaveProperty('depends_on');
  });
});
