/** PHP: Composer, the PHP version from composer.json, Laravel or Symfony, served by Apache with mod_php. */

import { type AppPlan, emptyPlan } from '../../core/app-plan.js';
import { join, servicesFromDependencies, servicesFromFiles } from '../shared/services.js';
import { normaliseVersion } from '../shared/versions.js';
import { appName, type StackDetection } from '../stack.js';

export const phpDetection: StackDetection = {
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
      plan.runtimeConstraint = require.php?.trim();
      plan.evidence.runtimeVersion = 'composer.json require.php';
    }
    if ('laravel/framework' in require) {
      plan.framework = 'laravel';
      // Not config:cache: it would freeze the build's environment into the image, and the container's
      // own variables would be ignored.
      plan.buildCommand = 'php artisan route:cache && php artisan view:cache';
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
    // The official php:apache image: Apache with mod_php, one process that speaks HTTP itself (php-fpm
    // would need a second server for FastCGI). Apache stops gracefully on its stop signal.
    plan.startCommand = 'apache2-foreground';
    plan.evidence.startCommand = 'Apache with mod_php';
    plan.port = 8080;
    plan.evidence.port = 'Apache, unprivileged';
    plan.handlesSigterm = true;
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
