import { describe, expect, it } from 'vitest';
import { type AppPlan, emptyPlan } from '../../core/app-plan.js';
import { lintDockerfileText } from '../../lint/engine.js';
import { renderDockerfile } from '../../render/dockerfile.js';
import { type PhpImageInput, phpImagePlan } from './image-plan.js';

function dockerfile(changes: Partial<AppPlan>, input: Partial<Omit<PhpImageInput, 'plan'>> = {}): string {
  const plan: AppPlan = {
    ...emptyPlan('php', 'shop', '.'),
    runtimeVersion: '8.3',
    packageManager: 'composer',
    startCommand: 'apache2-foreground',
    port: 8080,
    handlesSigterm: true,
    ...changes,
  };
  return renderDockerfile(
    phpImagePlan({
      plan,
      files: ['composer.json', 'composer.lock', 'index.php'],
      composerInstall: true,
      extensions: [],
      ...input,
    }),
  );
}

const stage = (text: string, name: string) => {
  const start = text.indexOf(`AS ${name}\n`);
  const next = text.indexOf('\nFROM ', start);
  return text.slice(start, next < 0 ? undefined : next);
};

describe('PHP images', () => {
  it('installs Composer packages in their own stage and ships them with an optimised autoloader, lint-clean', () => {
    const text = dockerfile({});
    expect(stage(text, 'vendor')).toContain('composer install --no-dev');
    expect(stage(text, 'build')).toContain('composer dump-autoload --no-dev --optimize');
    const production = stage(text, 'production');
    expect(production).not.toContain('composer');
    expect(production).toContain('COPY --from=build --chown=33:33 /var/www/html /var/www/html');
    expect(production).toContain('USER 33:33');
    expect(lintDockerfileText(text, 'Dockerfile', { contextKnown: false }).findings).toEqual([]);
  });

  it('needs no Composer stage for an app with no packages and no autoloader', () => {
    const text = dockerfile({}, { composerInstall: false, files: ['composer.json', 'index.php'] });
    expect(text).not.toContain('composer');
    expect(stage(text, 'production')).toContain('COPY --chown=33:33 . .');
  });

  it.each<[string, Partial<AppPlan>, string[], string[], string[]]>([
    ['no extension to build', {}, ['mbstring', 'json'], [], ['docker-php-ext-install']],
    [
      'MySQL: pdo_mysql, which needs no library',
      { services: ['mysql'] },
      [],
      ['docker-php-ext-install -j"$(nproc)" pdo_mysql'],
      ['apt-get purge', '-dev='],
    ],
    [
      'PostgreSQL and intl: build headers removed, run-time libraries kept',
      { services: ['postgres'] },
      ['intl'],
      [
        'libicu76=76.* libpq5=17.* libicu-dev=76.* libpq-dev=17.*',
        'docker-php-ext-install -j"$(nproc)" intl pdo_pgsql',
        'apt-get purge -y --auto-remove libicu-dev libpq-dev',
      ],
      [],
    ],
    [
      'a PECL extension is named in the header, not guessed',
      {},
      ['redis'],
      ['# ext-redis is a PECL extension'],
      ['pecl install redis-'],
    ],
  ])('%s', (_case, changes, extensions, present, absent) => {
    const text = dockerfile(changes, { extensions });
    for (const line of present) expect(text).toContain(line);
    for (const line of absent) expect(text.replace(/^#.*$/gm, '')).not.toContain(line);
  });

  it.each<[Partial<AppPlan>, string[], string]>([
    [{ framework: 'laravel' }, [], 'DocumentRoot /var/www/html/public'],
    [{ framework: 'symfony' }, [], 'DocumentRoot /var/www/html/public'],
    [{}, ['public'], 'DocumentRoot /var/www/html/public'],
  ])('serves public/ for %j', (changes, extra, expected) => {
    const text = dockerfile(changes, { files: ['composer.json', 'composer.lock', ...extra] });
    expect(text).toContain(expected);
  });

  it('serves the app folder itself when there is no public/', () => {
    expect(dockerfile({})).not.toContain('DocumentRoot');
  });

  it('probes with PHP itself: 2xx or 3xx on a health route, anything below 500 without one', () => {
    expect(dockerfile({ healthcheckPath: '/up' })).toContain('http://127.0.0.1:8080/up');
    expect(dockerfile({ healthcheckPath: '/up' })).toContain('[23]}');
    expect(dockerfile({})).toContain('[1-4]}');
  });

  it('refuses packages without composer.lock', () => {
    const plan = { ...emptyPlan('php', 'shop', '.'), startCommand: 'apache2-foreground' };
    expect(() =>
      phpImagePlan({ plan, files: ['composer.json'], composerInstall: true, extensions: [] }),
    ).toThrow(/composer.lock/);
  });
});
