/**
 * PHP: the official `php:<version>-apache` image, Apache with mod_php in one process, so the container
 * needs neither a second server for FastCGI nor a supervisor. Apache listens on 8080 as the image's
 * `www-data` user (UID 33) with its run files in /tmp, so the root can be read-only; it stops gracefully
 * on the image's stop signal (SIGWINCH). Composer packages install in a stage of their own, cached until
 * composer.lock changes, and reach production with an optimised autoloader and no dev packages.
 */

import type { AppPlan } from '../../core/app-plan.js';
import { type ImagePlan, REGISTRY_SECRETS, type StagePlan, type Step } from '../../core/image-plan.js';
import { PlanError } from '../../core/plan-error.js';
import { debianBase, fromWithArg } from '../shared/base-image.js';
import { BUILD_USAGE } from '../shared/conventions.js';
import { aptInstall } from '../shared/debian.js';
import { type DebianPackage, debianPackage, unpinnedNote } from '../shared/debian-packages.js';
import { healthcheck } from '../shared/healthcheck.js';

/** The official image's web user, www-data. */
const WWW_DATA = '33:33';
const PORT = 8080;
const WEB_ROOT = '/var/www/html';

/** Extensions the official image compiles in: nothing to install. */
const BUILT_IN = new Set([
  'ctype',
  'curl',
  'date',
  'dom',
  'fileinfo',
  'filter',
  'hash',
  'iconv',
  'json',
  'libxml',
  'mbstring',
  'mysqlnd',
  'openssl',
  'pcre',
  'pdo',
  'pdo_sqlite',
  'phar',
  'posix',
  'readline',
  'reflection',
  'session',
  'simplexml',
  'sodium',
  'spl',
  'sqlite3',
  'standard',
  'tokenizer',
  'xml',
  'xmlreader',
  'xmlwriter',
  'zlib',
]);

/**
 * Extensions in PHP's source that docker-php-ext-install compiles, with the Debian libraries they
 * build against (headers) and run with, pinned for the base image's Debian release.
 */
const BUNDLED: Record<string, { build: DebianPackage[]; run: DebianPackage[] }> = {
  bcmath: { build: [], run: [] },
  calendar: { build: [], run: [] },
  exif: { build: [], run: [] },
  gettext: { build: [], run: [] },
  mysqli: { build: [], run: [] },
  opcache: { build: [], run: [] },
  pcntl: { build: [], run: [] },
  pdo_mysql: { build: [], run: [] },
  sockets: { build: [], run: [] },
  pdo_pgsql: { build: ['libpq-dev'], run: ['libpq'] },
  pgsql: { build: ['libpq-dev'], run: ['libpq'] },
  intl: { build: ['libicu-dev'], run: ['libicu'] },
  zip: { build: ['libzip-dev'], run: ['libzip'] },
};

export interface PhpImageInput {
  plan: AppPlan;
  files: string[];
  /** composer.json requires packages or declares an autoloader: Composer runs at build time. */
  composerInstall: boolean;
  /** Extensions composer.json requires (`ext-intl` as `intl`). */
  extensions: string[];
  /** composer.json names repositories besides Packagist: the install reads auth.json from a secret. */
  privateRepositories?: boolean;
}

export function phpImagePlan({
  plan,
  files,
  composerInstall,
  extensions,
  privateRepositories = false,
}: PhpImageInput): ImagePlan {
  if (composerInstall && !files.includes('composer.lock'))
    throw new PlanError(
      'no composer.lock: run `composer update` and commit composer.lock, so the image installs what you tested',
    );
  const php = debianBase('php', plan.runtimeConstraint, ['apache']);
  const version = php.version;
  const { install, pecl } = extensionPlan(plan, extensions, php.distro);
  // Laravel and Symfony serve public/ (their front controller and assets); the rest of the app stays
  // out of the web server's reach.
  const publicRoot = plan.framework === 'laravel' || plan.framework === 'symfony' || files.includes('public');
  const documentRoot = publicRoot ? `${WEB_ROOT}/public` : WEB_ROOT;
  const base: StagePlan = {
    name: 'base',
    from: fromWithArg('php', 'PHP_VERSION', php),
    purpose: 'Apache with mod_php, configured for an unprivileged user on a read-only root.',
    steps: [
      { kind: 'workdir', path: WEB_ROOT },
      ...install,
      {
        kind: 'comment',
        text: `Port ${PORT} (no root needed to bind it), the site at ${documentRoot}, .htaccess honoured, no version banner.`,
      },
      {
        kind: 'comment',
        text: 'A graceful stop waits for idle keep-alive connections: 2 s of idling, and at most 8 s in all (Docker kills at 10).',
      },
      {
        kind: 'run',
        commands: [
          'a2enmod rewrite',
          "printf '%s\\n' 'ServerName localhost' 'KeepAliveTimeout 2' 'GracefulShutdownTimeout 8' > /etc/apache2/conf-available/container.conf",
          'a2enconf container',
          `sed -ri 's/^Listen 80$/Listen ${PORT}/' /etc/apache2/ports.conf`,
          `sed -ri 's/<VirtualHost \\*:80>/<VirtualHost *:${PORT}>/' /etc/apache2/sites-available/000-default.conf`,
          ...(documentRoot === WEB_ROOT
            ? []
            : [
                `sed -ri 's#DocumentRoot ${WEB_ROOT}$#DocumentRoot ${documentRoot}#' /etc/apache2/sites-available/000-default.conf`,
              ]),
          `sed -ri '/<Directory \\/var\\/www\\/>/,/<\\/Directory>/ s/AllowOverride None/AllowOverride All/' /etc/apache2/apache2.conf`,
          "sed -ri 's/^ServerTokens .*/ServerTokens Prod/; s/^ServerSignature .*/ServerSignature Off/' /etc/apache2/conf-available/security.conf",
          'cp "$PHP_INI_DIR/php.ini-production" "$PHP_INI_DIR/php.ini"',
        ],
      },
      {
        kind: 'env',
        vars: [
          // Apache's envvars take these from the environment: its pid and lock files go to /tmp.
          ['APACHE_RUN_DIR', '/tmp/apache2'],
          ['APACHE_LOCK_DIR', '/tmp/apache2'],
          ['APACHE_PID_FILE', '/tmp/apache2/apache2.pid'],
          ...(plan.framework === 'laravel' ? [['LOG_CHANNEL', 'stderr'] as [string, string]] : []),
        ],
      },
    ],
  };
  const composerSteps = (dev: boolean): Step[] => [
    { kind: 'run', commands: aptInstall(debianPackage(php.distro, 'unzip')) },
    { kind: 'copy', from: 'composer:2', sources: ['/usr/bin/composer'], dest: '/usr/bin/composer' },
    { kind: 'copy', sources: ['composer.json', 'composer.lock'], dest: './' },
    {
      kind: 'run',
      caches: [{ target: '/tmp/composer-cache', locked: true }],
      secrets: privateRepositories ? [REGISTRY_SECRETS.composer] : undefined,
      // Scripts and the autoloader need the source, which comes later: the packages alone are cached.
      commands: [
        `COMPOSER_CACHE_DIR=/tmp/composer-cache composer install ${dev ? '' : '--no-dev '}--no-interaction --prefer-dist --no-scripts --no-autoloader`,
      ],
    },
  ];
  const stages: StagePlan[] = [base];
  const built = composerInstall || plan.buildCommand !== undefined;
  if (composerInstall)
    stages.push({
      name: 'vendor',
      from: 'base',
      purpose: 'Composer packages without dev ones; rebuilt when composer.lock changes, not the source.',
      steps: composerSteps(false),
    });
  if (built)
    stages.push({
      name: 'build',
      from: composerInstall ? 'vendor' : 'base',
      purpose: 'The source, the optimised autoloader and the framework caches.',
      steps: [
        { kind: 'copy', sources: ['.'], dest: '.' },
        {
          kind: 'run',
          commands: [
            ...(composerInstall ? ['composer dump-autoload --no-dev --optimize'] : []),
            ...(plan.buildCommand ? [plan.buildCommand] : []),
          ],
        },
      ],
    });
  stages.push({
    name: 'development',
    from: 'base',
    purpose:
      'Development: PHP reports every error and rereads changed files; compose.override.yaml mounts the source.',
    steps: [
      { kind: 'run', commands: ['cp "$PHP_INI_DIR/php.ini-development" "$PHP_INI_DIR/php.ini"'] },
      ...(composerInstall ? composerSteps(true) : []),
      { kind: 'copy', chown: WWW_DATA, sources: ['.'], dest: '.' },
      ...(composerInstall ? [{ kind: 'run' as const, commands: ['composer dump-autoload'] }] : []),
      { kind: 'user', user: WWW_DATA },
      { kind: 'expose', port: PORT },
      { kind: 'cmd', argv: ['apache2-foreground'] },
    ],
  });
  stages.push({
    name: 'production',
    from: 'base',
    purpose: 'Production: the app with its packages, opcache on, as the unprivileged www-data user.',
    steps: [
      {
        kind: 'comment',
        text: 'Compiled scripts stay in memory; files do not change in an image, so opcache never rechecks them.',
      },
      {
        kind: 'run',
        commands: [
          `printf '%s\\n' 'zend_extension=opcache' 'opcache.enable=1' 'opcache.validate_timestamps=0' 'opcache.memory_consumption=128' > "$PHP_INI_DIR/conf.d/opcache-production.ini"`,
        ],
      },
      built
        ? { kind: 'copy', from: 'build', chown: WWW_DATA, sources: [WEB_ROOT], dest: WEB_ROOT }
        : { kind: 'copy', chown: WWW_DATA, sources: ['.'], dest: '.' },
      { kind: 'user', user: WWW_DATA },
      { kind: 'expose', port: PORT },
      healthcheck(['php', '-r', probe(plan.healthcheckPath)], '10s'),
      { kind: 'cmd', argv: ['apache2-foreground'] },
    ],
  });
  return {
    header: [
      `Generated by shipshape for ${plan.name} (PHP ${version}${plan.framework ? `, ${plan.framework}` : ''}, Apache with mod_php).`,
      BUILD_USAGE,
      ...(plan.runtimeVersion
        ? []
        : [`composer.json requires no PHP version: pinned to the newest maintained line, ${version}.`]),
      ...php.notes,
      ...unpinnedNote(php.distro),
      ...pecl.map(
        (name) =>
          `ext-${name} is a PECL extension: add \`pecl install ${name}-<version> && docker-php-ext-enable ${name}\` to the base stage.`,
      ),
    ],
    args: [{ name: 'PHP_VERSION', value: version }],
    stages,
  };
}

/**
 * The probe: PHP's own HTTP stream, so the image needs no curl. With a health route any 2xx or 3xx
 * passes; without one, any answer below 500 means the server is up.
 */
function probe(path: string | undefined): string {
  const ok = path ? '[23]' : '[1-4]';
  return [
    `$c = stream_context_create(["http" => ["ignore_errors" => true, "timeout" => 3]]);`,
    `$b = @file_get_contents("http://127.0.0.1:${PORT}${path ?? '/'}", false, $c);`,
    `exit($b !== false && preg_match("{^HTTP/\\S+ ${ok}}", $http_response_header[0] ?? "") ? 0 : 1);`,
  ].join(' ');
}

/**
 * docker-php-ext-install for what composer.json and the detected databases need: the libraries to build
 * against installed for the build and removed after (the run-time libraries stay); PECL extensions
 * are named in the header, since their versions are the app's to choose.
 */
function extensionPlan(
  plan: AppPlan,
  required: string[],
  release: string | undefined,
): { install: Step[]; pecl: string[] } {
  const wanted = new Set(required.map((name) => name.toLowerCase()));
  if (plan.services.includes('postgres')) wanted.add('pdo_pgsql');
  if (plan.services.includes('mysql')) wanted.add('pdo_mysql');
  const toInstall = [...wanted].filter((name) => !BUILT_IN.has(name) && BUNDLED[name]).sort();
  const pecl = [...wanted].filter((name) => !BUILT_IN.has(name) && !BUNDLED[name]).sort();
  if (!toInstall.length) return { install: [], pecl };
  const pinned = (name: DebianPackage) => debianPackage(release, name);
  const build = [...new Set(toInstall.flatMap((name) => BUNDLED[name]?.build ?? []))].map(pinned);
  const run = [...new Set(toInstall.flatMap((name) => BUNDLED[name]?.run ?? []))].map(pinned);
  const commands = build.length
    ? [
        'apt-get update',
        `apt-get install -y --no-install-recommends ${[...run, ...build].join(' ')}`,
        `docker-php-ext-install -j"$(nproc)" ${toInstall.join(' ')}`,
        `apt-get purge -y --auto-remove ${build.map((pkg) => pkg.split('=')[0]).join(' ')}`,
        'rm -rf /var/lib/apt/lists/*',
      ]
    : [`docker-php-ext-install -j"$(nproc)" ${toInstall.join(' ')}`];
  return {
    install: [
      { kind: 'comment', text: `PHP extensions the app needs: ${toInstall.join(', ')}.` },
      { kind: 'run', commands },
    ],
    pecl,
  };
}
