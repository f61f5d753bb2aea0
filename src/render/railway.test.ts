import { parse as parseToml } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { type AppPlan, type DeployPlan, emptyPlan } from '../core/app-plan.js';
import { deployPlan } from '../stacks/index.js';
import { renderRailwayToml } from './railway.js';

function app(changes: Partial<AppPlan>): DeployPlan {
  return deployPlan({ ...emptyPlan('node', 'web', '.'), port: 3000, ...changes });
}

function config(plan: DeployPlan) {
  return parseToml(renderRailwayToml(plan)) as {
    build: { watchPatterns: string[] };
    deploy: Record<string, unknown>;
  };
}

describe('railway.toml', () => {
  it('gates deploys on the health route when the app has one, and only then', () => {
    expect(config(app({ healthcheckPath: '/health' })).deploy).toMatchObject({
      healthcheckPath: '/health',
      healthcheckTimeout: 60,
    });
    const without = renderRailwayToml(app({}));
    expect(parseToml(without).deploy).not.toHaveProperty('healthcheckPath');
    expect(without).toContain('# No HTTP health route was found.');
  });

  it.each([
    ['.', '/**', '!/compose*.yaml', undefined],
    ['apps/api', '/apps/api/**', '!/apps/api/compose*.yaml', 'Root Directory to /apps/api'],
  ])('anchors watch patterns at the app in %s', (path, watched, skipped, rootNote) => {
    const plan = app({ path });
    expect(config(plan).build.watchPatterns).toEqual(expect.arrayContaining([watched, skipped]));
    if (rootNote) expect(renderRailwayToml(plan)).toContain(rootNote);
    else expect(renderRailwayToml(plan)).not.toContain('Root Directory');
  });

  it.each([
    [['postgres'], ['#   DATABASE_URL=${{Postgres.DATABASE_URL}}']],
    [
      ['mysql', 'redis'],
      ['#   DATABASE_URL=${{MySQL.MYSQL_URL}}', '#   REDIS_URL=${{Redis.REDIS_URL}}'],
    ],
    [['mongodb'], ['#   MONGODB_URL=${{MongoDB.MONGO_URL}}']],
    [['kafka'], ['# kafka: Railway has no built-in database for it;']],
  ] as const)('tells how to attach %j', (services, lines) => {
    const text = renderRailwayToml(app({ services: [...services] }));
    for (const line of lines) expect(text).toContain(line);
  });

  it('says nothing of PORT when the app has no port, and of services when it has none', () => {
    const text = renderRailwayToml(app({ port: undefined }));
    expect(text).not.toContain('$PORT');
    expect(text).not.toContain('Backing services');
  });

  it('keeps a health path with quotes and backslashes valid TOML', () => {
    expect(config(app({ healthcheckPath: '/h"e\\alth' })).deploy.healthcheckPath).toBe('/h"e\\alth');
  });
});
