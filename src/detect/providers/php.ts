/** PHP: Composer, the PHP version from composer.json, Laravel or Symfony, served by php-fpm behind a web server. */

import { type AppPlan, emptyPlan } from '../plan.js';
import { appName, type Provider } from '../provider.js';
import { join, servicesFromDependencies, servicesFromFiles } from '../services.js';
import { normaliseVersion } from '../versions.js';

export const phpProvider: Provider = {
  language: 'php',
  detect: (view, dir) => view.exists(join(dir, 'composer.json')) || view.exists(join(dir, 'index.php')),
  plan(view, dir) {
    const composer = (view.json(join(dir, 'composer.json')) ?? {}) as {
      name?: string;
      require?: Record<string, string>;
    };
    const plan: AppPlan = emptyPlan('php', composer.name?.split('/').pop() ?? appName(view, dir), dir);
    const require = composer.require ?? {};
    plan.packageManager = view.exists(join(dir, 'composer.json')) ? 'composer' : undefined;
    plan.installCommand = plan.packageManager
      ? 'composer install --no-dev --no-interaction --prefer-dist --optimize-autoloader'
      : undefined;
    const version = normaliseVersion(require.php?.split('|')[0], 2);
    if (version) {
      plan.runtimeVersion = version.split('.').slice(0, 2).join('.');
      plan.evidence.runtimeVersion = 'composer.json require.php';
    }
    if ('laravel/framework' in require) {
      plan.framework = 'laravel';
      plan.buildCommand = 'php artisan config:cache && php artisan route:cache && php artisan view:cache';
      if (view.isDirectory(join(dir, 'database/migrations'))) {
        plan.migrateCommand = 'php artisan migrate --force';
        plan.evidence.migrateCommand = 'database/migrations';
      }
      plan.healthcheckPath = /['"]\/?up['"]|health:\s*['"]\/up/.test(
        view.read(join(dir, 'bootstrap/app.php')) ?? '',
      )
        ? '/up'
        : undefined;
    } else if ('symfony/framework-bundle' in require) {
      plan.framework = 'symfony';
      plan.buildCommand = 'php bin/console cache:warmup --env=prod';
    }
    // php-fpm answers FastCGI, not HTTP: the image pairs it with a web server that listens here.
    plan.startCommand = 'php-fpm';
    plan.port = 8080;
    plan.evidence.port = 'web server in front of php-fpm';
    const services = new Set([
      ...servicesFromDependencies(Object.keys(require)),
      ...servicesFromFiles(view, [dir]),
    ]);
    if ('ext-pgsql' in require || 'ext-pdo_pgsql' in require) services.add('postgres');
    if ('ext-mysqli' in require || 'ext-pdo_mysql' in require) services.add('mysql');
    if ('ext-redis' in require) services.add('redis');
    plan.services = [...services].sort();
    return plan;
  },
};
