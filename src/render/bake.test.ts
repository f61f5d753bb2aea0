import { describe, expect, it } from 'vitest';
import { type AppPlan, emptyPlan } from '../core/app-plan.js';
import { type BuildLayout, ownFolder, workspaceRoot } from '../core/build-layout.js';
import { REGISTRY_SECRETS } from '../core/image-plan.js';
import { renderBake } from './bake.js';

const app = (name: string, path: string): AppPlan => emptyPlan('node', name, path);
const target = (text: string, name: string) => text.slice(text.indexOf(`target "${name}" {`)).split('\n}')[0];

describe('docker-bake.hcl', () => {
  it('builds apps side by side from their own folders', () => {
    const api = app('api', 'services/api');
    const text = renderBake([{ app: api, layout: ownFolder(api) }]);
    expect(target(text, 'api')).toContain('context    = "services/api"\n  dockerfile = "Dockerfile"');
    expect(text).toContain('group "default" {\n  targets = ["api"]\n}');
    expect(text).not.toContain('variable "HOME"');
  });

  it('builds workspace members from the root with their own Dockerfiles', () => {
    const web = app('@acme/web', 'apps/web');
    const text = renderBake([{ app: web, layout: workspaceRoot(web) }]);
    expect(target(text, 'acme-web')).toContain('context    = "."\n  dockerfile = "apps/web/Dockerfile"');
  });

  it('passes the build secrets from the home directory, and only to the targets that mount them', () => {
    const api = app('api', 'apps/api');
    const web = app('web', 'apps/web');
    const secrets: BuildLayout = { ...workspaceRoot(api), secrets: [REGISTRY_SECRETS.npmrc] };
    const text = renderBake([
      { app: api, layout: secrets },
      { app: web, layout: workspaceRoot(web) },
    ]);
    expect(text).toContain('variable "HOME" {\n  default = ""\n}');
    expect(target(text, 'api')).toContain('secret     = ["id=npmrc,src=${HOME}/.npmrc"]');
    expect(target(text, 'web')).not.toContain('secret');
  });
});
