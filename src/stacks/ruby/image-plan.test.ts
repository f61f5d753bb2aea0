import { describe, expect, it } from 'vitest';
import { type AppPlan, emptyPlan } from '../../core/app-plan.js';
import { lintDockerfileText } from '../../lint/engine.js';
import { renderDockerfile } from '../../render/dockerfile.js';
import { rubyImagePlan } from './image-plan.js';

function dockerfile(changes: Partial<AppPlan>, hasGems: boolean): string {
  const plan: AppPlan = {
    ...emptyPlan('ruby', 'shop', '.'),
    startCommand: 'bundle exec puma -b tcp://0.0.0.0:9292',
    port: 9292,
    handlesSigterm: true,
    ...changes,
  };
  return renderDockerfile(rubyImagePlan({ plan, files: ['Gemfile', 'Gemfile.lock'], hasGems }));
}

describe('Ruby images', () => {
  it('compiles native gems in the gems stage only, and passes lint', () => {
    const text = dockerfile({}, true);
    const production = text.slice(text.indexOf('AS production'));
    expect(text.slice(0, text.indexOf('AS development'))).toContain('build-essential=12.12');
    expect(production).not.toContain('build-essential');
    expect(production).toContain('COPY --from=gems /usr/local/bundle /usr/local/bundle');
    expect(lintDockerfileText(text, 'Dockerfile', { contextKnown: false }).findings).toEqual([]);
  });

  it('needs no compilers for an app without gems, and runs a script with no trap under tini', () => {
    const text = dockerfile({ startCommand: 'ruby app.rb', handlesSigterm: false }, false);
    expect(text).not.toContain('build-essential');
    expect(text).toContain('ENTRYPOINT ["tini", "--"]');
  });

  it('precompiles Rails assets in a build stage and ships its output', () => {
    const text = dockerfile(
      { framework: 'rails', buildCommand: 'SECRET_KEY_BASE_DUMMY=1 bundle exec rails assets:precompile' },
      true,
    );
    expect(text).toContain('FROM gems AS build');
    expect(text).toContain('COPY --from=build --chown=10001:10001 /app /app');
  });

  it('refuses an app without Gemfile.lock', () => {
    const plan = { ...emptyPlan('ruby', 'shop', '.'), startCommand: 'ruby app.rb' };
    expect(() => rubyImagePlan({ plan, files: ['Gemfile'], hasGems: false })).toThrow(/bundle lock/);
  });
});

describe('Ruby gems from a source of their own', () => {
  it('reads Bundler credentials from a secret in both installs', () => {
    const plan: AppPlan = {
      ...emptyPlan('ruby', 'shop', '.'),
      startCommand: 'bundle exec puma -b tcp://0.0.0.0:9292',
      port: 9292,
      handlesSigterm: true,
    };
    const text = renderDockerfile(
      rubyImagePlan({ plan, files: ['Gemfile', 'Gemfile.lock'], hasGems: true, privateSource: true }),
    );
    expect(text.split('--mount=type=secret,id=bundle_config,target=/root/.bundle/config').length - 1).toBe(2);
  });
});
