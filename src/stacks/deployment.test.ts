import { describe, expect, it } from 'vitest';
import { type AppPlan, emptyPlan } from '../core/app-plan.js';
import { workspaceRoot } from '../core/build-layout.js';
import { deployPlan } from './index.js';

// Each stack decides where its apps write at run time; the renderers only print these.
describe('writable paths, as each stack decides them', () => {
  it.each<[string, AppPlan, string[]]>([
    ['a plain app: /tmp only', emptyPlan('python', 'api', '.'), ['/tmp']],
    [
      'Laravel: its storage',
      { ...emptyPlan('php', 'crm', '.'), framework: 'laravel' },
      [
        '/tmp',
        '/var/www/html/storage/framework/cache',
        '/var/www/html/storage/framework/sessions',
        '/var/www/html/storage/framework/views',
      ],
    ],
    [
      'Symfony: var/',
      { ...emptyPlan('php', 'portal', '.'), framework: 'symfony' },
      ['/tmp', '/var/www/html/var'],
    ],
    ['Rails: tmp/', { ...emptyPlan('ruby', 'shop', '.'), framework: 'rails' }, ['/tmp', '/app/tmp']],
    [
      'Next.js: the image cache',
      { ...emptyPlan('node', 'site', '.'), framework: 'next' },
      ['/tmp', '/app/.next/cache'],
    ],
    [
      'a Next.js export: nothing runs it',
      { ...emptyPlan('node', 'site', '.'), framework: 'next', static: true },
      ['/tmp'],
    ],
  ])('%s', (_case, app, expected) => {
    expect(deployPlan(app).writablePaths.map((writable) => writable.path)).toEqual(expected);
  });

  it('finds a workspace member in its folder, and names each path as a Kubernetes volume may be named', () => {
    const site = { ...emptyPlan('node', 'site', 'apps/site'), framework: 'next' };
    expect(deployPlan(site, workspaceRoot(site)).writablePaths).toEqual([
      { path: '/tmp', name: 'tmp' },
      { path: '/app/apps/site/.next/cache', name: 'app-next-cache' },
    ]);
  });
});
