import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type AppPlan, type DeployPlan, emptyPlan } from '../core/app-plan.js';
import { deployPlan } from '../stacks/index.js';
import { renderDependabotConfig } from './dependabot.js';

interface Update {
  'package-ecosystem': string;
  directory?: string;
  directories?: string[];
}

// Each stack decides its ecosystem: the apps go through the stacks as init's do.
const app = (language: AppPlan['language'], path: string, packageManager?: string): DeployPlan =>
  deployPlan({ ...emptyPlan(language, path, path), packageManager });
const updates = (apps: DeployPlan[], workspaceRoot = false) =>
  (
    parse(
      renderDependabotConfig(apps.map((app) => ({ app, manifestDir: workspaceRoot ? '.' : app.path }))),
    ) as { version: number; updates: Update[] }
  ).updates;

describe('dependabot.yml', () => {
  it('covers the images, the workflow actions and the app ecosystem', () => {
    const config = updates([app('node', '.', 'pnpm')]);
    expect(config.map((update) => update['package-ecosystem'])).toEqual([
      'docker',
      'docker-compose',
      'github-actions',
      'npm',
    ]);
    expect(config[0]?.directories).toEqual(['/']);
    expect(config[2]?.directory).toBe('/');
  });

  it.each([
    ['python', 'uv', 'uv'],
    ['python', 'poetry', 'pip'],
    ['node', 'bun', 'bun'],
    ['go', undefined, 'gomod'],
    ['rust', undefined, 'cargo'],
    ['ruby', undefined, 'bundler'],
    ['dotnet', undefined, 'nuget'],
    ['java', 'gradle', 'gradle'],
    ['php', 'composer', 'composer'],
  ] as const)('%s with %s updates through %s', (language, manager, ecosystem) => {
    expect(updates([app(language, '.', manager)]).at(-1)?.['package-ecosystem']).toBe(ecosystem);
  });

  it('lists each app folder of a repository once per ecosystem', () => {
    const config = updates([
      app('node', 'apps/web', 'npm'),
      app('node', 'apps/api', 'npm'),
      app('go', 'svc'),
    ]);
    expect(config.find((update) => update['package-ecosystem'] === 'docker')?.directories).toEqual([
      '/apps/api',
      '/apps/web',
      '/svc',
    ]);
    expect(config.find((update) => update['package-ecosystem'] === 'npm')?.directories).toEqual([
      '/apps/api',
      '/apps/web',
    ]);
    expect(config.find((update) => update['package-ecosystem'] === 'gomod')?.directories).toEqual(['/svc']);
  });

  it('updates a workspace from the lockfile at its root', () => {
    const config = updates([app('node', 'apps/web', 'pnpm'), app('node', 'apps/api', 'pnpm')], true);
    expect(config.find((update) => update['package-ecosystem'] === 'npm')?.directories).toEqual(['/']);
    expect(config.find((update) => update['package-ecosystem'] === 'docker')?.directories).toEqual([
      '/apps/api',
      '/apps/web',
    ]);
  });

  it('has no app ecosystem for a plain static site', () => {
    expect(updates([app('static', '.')]).map((update) => update['package-ecosystem'])).toEqual([
      'docker',
      'docker-compose',
      'github-actions',
    ]);
  });
});
