import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AppPlan } from '../core/app-plan.js';
import { nodeFileSystem } from '../io/file-system.js';
import { fileView } from '../stacks/shared/file-view.js';
import { detectRepository } from './index.js';

const fixtures = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'apps');
const detect = (name: string) => detectRepository(fileView(nodeFileSystem(), join(fixtures, name)));

type Expected = Partial<
  Pick<
    AppPlan,
    | 'path'
    | 'language'
    | 'runtimeVersion'
    | 'framework'
    | 'packageManager'
    | 'installCommand'
    | 'buildCommand'
    | 'startCommand'
    | 'port'
    | 'static'
    | 'services'
    | 'healthcheckPath'
    | 'handlesSigterm'
    | 'migrateCommand'
    | 'devCommand'
    | 'warnings'
  >
>;

/** What each fixture app should detect as: the fields that matter for it. */
const SINGLE_APPS: Record<string, Expected> = {
  'node-express-pg': {
    language: 'node',
    runtimeVersion: '20.11.1',
    framework: 'express',
    packageManager: 'npm',
    installCommand: 'npm ci',
    startCommand: 'node src/server.js',
    port: 4000,
    healthcheckPath: '/healthz',
    services: ['postgres', 'redis'],
  },
  'node-next-standalone': {
    migrateCommand: 'npx prisma migrate deploy',
    framework: 'next',
    packageManager: 'pnpm',
    installCommand: 'pnpm install --frozen-lockfile',
    buildCommand: 'pnpm run build',
    startCommand: 'node server.js',
    port: 3000,
    healthcheckPath: '/api/health',
    services: ['postgres'],
  },
  'node-vite-spa': {
    framework: 'vite',
    packageManager: 'yarn',
    installCommand: 'yarn install --frozen-lockfile',
    buildCommand: 'yarn run build',
    static: true,
    port: 8080,
    services: [],
  },
  'node-nestjs': {
    runtimeVersion: '22.11.0',
    framework: 'nestjs',
    startCommand: 'node dist/main.js',
    buildCommand: 'npm run build',
    services: ['mongodb', 'rabbitmq'],
  },
  'node-fastify-bun': {
    framework: 'fastify',
    packageManager: 'bun',
    installCommand: 'bun install --frozen-lockfile',
    startCommand: 'node server.mjs',
    port: 8081,
    healthcheckPath: '/health',
    services: ['kafka'],
  },
  'python-flask-pip': {
    language: 'python',
    runtimeVersion: '3.11',
    framework: 'flask',
    packageManager: 'pip',
    startCommand: 'gunicorn app:app --bind 0.0.0.0:8000',
    port: 8000,
    healthcheckPath: '/health',
    services: ['postgres'],
  },
  'python-fastapi-poetry': {
    runtimeVersion: '3.12',
    framework: 'fastapi',
    packageManager: 'poetry',
    startCommand: 'uvicorn pricing.main:api --host 0.0.0.0 --port 8000',
    healthcheckPath: '/healthz',
    services: ['redis'],
  },
  'python-stdlib': {
    language: 'python',
    runtimeVersion: '3.13',
    framework: undefined,
    packageManager: 'pip',
    startCommand: 'python main.py',
    port: 8000,
    healthcheckPath: '/health',
  },
  'python-django-uv': {
    migrateCommand: 'python manage.py migrate --noinput',
    runtimeVersion: '3.11',
    framework: 'django',
    packageManager: 'uv',
    installCommand: 'uv sync --frozen --no-dev',
    buildCommand: 'python manage.py collectstatic --noinput',
    startCommand: 'gunicorn newsroom.wsgi:application --bind 0.0.0.0:8000',
    services: ['postgres'],
  },
  'go-gin-cmd': {
    language: 'go',
    runtimeVersion: '1.22',
    framework: 'gin',
    startCommand: '/app/server',
    port: 9090,
    healthcheckPath: '/healthz',
    services: ['postgres'],
  },
  'go-root-main': {
    runtimeVersion: '1.22',
    startCommand: '/app/hello',
    port: 8080,
    healthcheckPath: '/health',
    handlesSigterm: false,
    migrateCommand: undefined,
  },
  'go-graceful': {
    runtimeVersion: '1.22',
    startCommand: '/app/drain',
    port: 8080,
    healthcheckPath: '/health',
    handlesSigterm: true,
  },
  'go-cgo-sqlite': {
    runtimeVersion: '1.21',
    buildCommand: 'CGO_ENABLED=1 go build -trimpath -ldflags="-s -w" -o /out/notes .',
  },
  'rust-axum': {
    language: 'rust',
    runtimeVersion: '1.63',
    framework: 'axum',
    startCommand: '/app/ledger',
    port: 3001,
    services: ['postgres'],
  },
  'rust-multi-bin': {
    runtimeVersion: '1.75',
    startCommand: '/app/api',
    buildCommand: 'cargo build --release --locked --bin api',
    services: ['redis'],
  },
  'rust-stdlib': {
    language: 'rust',
    runtimeVersion: '1.95',
    startCommand: '/app/pinger',
    port: 8080,
    healthcheckPath: undefined,
  },
  'rust-rocket': { framework: 'rocket', port: 8000, buildCommand: 'cargo build --release --bin blog' },
  'java-spring-maven': {
    language: 'java',
    runtimeVersion: '21',
    framework: 'spring-boot',
    packageManager: 'maven',
    buildCommand: './mvnw -B -DskipTests package',
    port: 8085,
    healthcheckPath: '/actuator/health',
    services: ['postgres', 'redis'],
  },
  'java-quarkus-gradle': {
    runtimeVersion: '17',
    framework: 'quarkus',
    packageManager: 'gradle',
    healthcheckPath: '/q/health',
    services: ['kafka'],
  },
  'java-plain-gradle': {
    runtimeVersion: '17',
    framework: undefined,
    buildCommand: 'gradle --no-daemon build -x test',
    services: ['mysql'],
  },
  'dotnet-webapi': {
    language: 'dotnet',
    runtimeVersion: '8.0',
    framework: 'aspnetcore',
    startCommand: 'dotnet /app/Catalog.Api.dll',
    port: 8080,
    healthcheckPath: '/healthz',
    services: ['postgres', 'redis'],
  },
  'dotnet-console': {
    runtimeVersion: '9.0',
    framework: undefined,
    startCommand: 'dotnet /app/importer.dll',
    port: undefined,
    services: ['rabbitmq'],
  },
  'dotnet-solution': {
    runtimeVersion: '8.0',
    framework: 'aspnetcore',
    installCommand: 'dotnet restore src/Shop.Web/Shop.Web.csproj',
    startCommand: 'dotnet /app/Shop.Web.dll',
  },
  'ruby-stdlib': {
    language: 'ruby',
    runtimeVersion: '3.3',
    startCommand: 'ruby app.rb',
    port: 4567,
    healthcheckPath: '/health',
    handlesSigterm: false,
  },
  'ruby-rails': {
    migrateCommand: 'bundle exec rails db:migrate',
    language: 'ruby',
    runtimeVersion: '3.3',
    framework: 'rails',
    healthcheckPath: '/up',
    services: ['postgres', 'redis'],
  },
  'ruby-sinatra': {
    runtimeVersion: '3.1',
    framework: 'sinatra',
    startCommand: 'bundle exec puma -b tcp://0.0.0.0:9292',
    port: 9292,
    healthcheckPath: '/health',
    services: ['redis'],
  },
  'ruby-rack-procfile': {
    framework: 'rack',
    startCommand: 'bundle exec rackup -o 0.0.0.0 -p 9292',
    services: ['mysql'],
  },
  'php-laravel': {
    migrateCommand: 'php artisan migrate --force',
    language: 'php',
    runtimeVersion: '8.2',
    framework: 'laravel',
    healthcheckPath: '/up',
    services: ['mysql', 'redis'],
  },
  'php-symfony': { runtimeVersion: '8.1', framework: 'symfony', services: ['postgres'] },
  'bun-stdlib': {
    language: 'node',
    packageManager: 'bun',
    installCommand: 'bun install',
    startCommand: 'bun server.ts',
    devCommand: 'bun run dev',
    port: 3000,
    healthcheckPath: '/health',
    warnings: [],
  },
  'php-stdlib': {
    language: 'php',
    runtimeVersion: '8.4',
    packageManager: 'composer',
    startCommand: 'apache2-foreground',
    handlesSigterm: true,
    services: [],
  },
  'php-vanilla': {
    language: 'php',
    packageManager: undefined,
    startCommand: 'apache2-foreground',
    port: 8080,
  },
  'static-root': { language: 'static', static: true, port: 8080 },
  'static-public': { language: 'static', static: true },
  'static-staticfile': { language: 'static', static: true },
};

describe('detect on the fixture apps', () => {
  for (const [name, expected] of Object.entries(SINGLE_APPS)) {
    it(name, () => {
      const result = detect(name);
      expect(result.monorepo).toBe(false);
      expect(result.apps).toHaveLength(1);
      const plan = result.apps[0] as AppPlan;
      expect(plan.language).toBe(expected.language ?? name.split('-')[0]);
      expect(plan).toMatchObject({ path: '.', ...expected });
    });
  }

  it('mono-npm-workspaces: two apps, the shared package a library, workspace-aware commands', () => {
    const result = detect('mono-npm-workspaces');
    expect(result).toMatchObject({ monorepo: true, packageManager: 'npm', libraries: ['packages/shared'] });
    expect(
      result.apps.map((app) => [
        app.path,
        app.framework,
        app.static,
        app.installCommand,
        app.buildCommand,
        app.services,
      ]),
    ).toEqual([
      [
        'apps/api',
        'express',
        false,
        'npm ci --workspace @acme/api --include-workspace-root',
        'npm run build --workspace @acme/shared && npm run build --workspace @acme/api',
        ['postgres'],
      ],
      [
        'apps/web',
        'vite',
        true,
        'npm ci --workspace @acme/web --include-workspace-root',
        'npm run build --workspace @acme/web',
        [],
      ],
    ]);
  });

  it('mono-npm-stdlib: the root names the Node version, the linked library builds first', () => {
    const result = detect('mono-npm-stdlib');
    expect(result).toMatchObject({ monorepo: true, packageManager: 'npm', libraries: ['packages/greeting'] });
    expect(result.apps[0]).toMatchObject({
      path: 'apps/api',
      runtimeVersion: '20',
      buildCommand: 'npm run build --workspace @stdlib/greeting',
      startCommand: 'node server.js',
      devCommand: undefined,
      localDependencies: ['packages/greeting'],
      handlesSigterm: true,
      healthcheckPath: '/health',
    });
    expect(result.apps[0]?.evidence.runtimeVersion).toBe('workspace root package.json engines.node');
  });

  it.each([
    ['mono-go-stdlib', 'go', 'api', ['greeting']],
    ['mono-cargo-stdlib', 'cargo', 'crates/server', ['crates/greeting']],
  ])('%s: the app and the member it links', (fixture, packageManager, path, links) => {
    const result = detect(fixture);
    expect(result).toMatchObject({ monorepo: true, packageManager, libraries: links });
    expect(result.apps).toHaveLength(1);
    expect(result.apps[0]).toMatchObject({ path, port: 8080, localDependencies: links });
  });

  it('mono-bun-root: the root is the app; the member it imports is a library despite its main', () => {
    const result = detect('mono-bun-root');
    expect(result).toMatchObject({ monorepo: true, packageManager: 'bun', libraries: ['packages/greeting'] });
    expect(result.apps).toHaveLength(1);
    expect(result.apps[0]).toMatchObject({
      path: '.',
      startCommand: 'bun server.ts',
      installCommand: 'bun install --frozen-lockfile',
      localDependencies: ['packages/greeting'],
    });
  });

  it('mono-pnpm-turbo: builds through turbo, a worker without a port', () => {
    const result = detect('mono-pnpm-turbo');
    expect(result).toMatchObject({ monorepo: true, packageManager: 'pnpm', libraries: ['packages/ui'] });
    const [site, worker] = result.apps;
    expect(site).toMatchObject({
      path: 'apps/site',
      framework: 'next',
      startCommand: 'node server.js',
      installCommand: 'pnpm install --frozen-lockfile --filter site...',
      buildCommand: 'npx turbo run build --filter=site...',
      localDependencies: ['packages/ui'],
      devCommand: 'pnpm --filter site run dev',
    });
    expect(worker).toMatchObject({ path: 'apps/worker', port: undefined, services: ['redis'] });
  });

  it('mono-yarn-berry: yarn workspaces focus', () => {
    const result = detect('mono-yarn-berry');
    expect(result).toMatchObject({ monorepo: true, packageManager: 'yarn', libraries: ['services/lib'] });
    expect(result.apps[0]).toMatchObject({
      path: 'services/gateway',
      framework: 'hono',
      installCommand: 'yarn workspaces focus gateway',
      localDependencies: ['services/lib'],
      // Neither the gateway nor the library it links has a build script.
      buildCommand: undefined,
    });
  });

  it('mono-go-work: the module with main is the app, the other a library', () => {
    const result = detect('mono-go-work');
    expect(result).toMatchObject({ monorepo: true, packageManager: 'go', libraries: ['pkg/common'] });
    expect(result.apps[0]).toMatchObject({
      path: 'api',
      language: 'go',
      services: ['redis'],
      localDependencies: ['pkg/common'],
    });
  });

  it('mono-cargo-workspace: the binary crate is the app', () => {
    const result = detect('mono-cargo-workspace');
    expect(result).toMatchObject({ monorepo: true, packageManager: 'cargo', libraries: ['crates/core'] });
    expect(result.apps[0]).toMatchObject({
      path: 'crates/server',
      framework: 'actix-web',
      installCommand: 'cargo fetch --locked',
      localDependencies: ['crates/core'],
    });
  });

  it('mono-frontend-backend: apps in subfolders, root services for the API only', () => {
    const result = detect('mono-frontend-backend');
    expect(result.monorepo).toBe(true);
    expect(result.apps.map((app) => [app.path, app.language, app.static, app.services])).toEqual([
      ['backend', 'python', false, ['postgres']],
      ['frontend', 'node', true, []],
    ]);
  });

  it('an unknown stack: no guess, a message with what was found and what to add', () => {
    const result = detect('unknown-elixir');
    expect(result.apps).toEqual([]);
    expect(result.warnings[0]).toMatch(
      /no app recognised \(found mix\.exs\)\. shipshape knows PHP \(composer\.json\), Go \(go\.mod\).* Node \(package\.json\) and static sites \(index\.html\)$/,
    );
  });
});

describe('detect --json conforms to docs/detect.schema.json', () => {
  const require = createRequire(import.meta.url);
  const Ajv2020 = require('ajv/dist/2020').default;
  const schema = JSON.parse(
    readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'detect.schema.json'), 'utf8'),
  );
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
  const names = [
    ...Object.keys(SINGLE_APPS),
    'mono-npm-workspaces',
    'mono-pnpm-turbo',
    'mono-yarn-berry',
    'mono-go-work',
    'mono-cargo-workspace',
    'mono-frontend-backend',
    'unknown-elixir',
  ];
  it.each(names)('%s', (name) => {
    const json = JSON.parse(
      JSON.stringify(detect(name), (_key, value) => (value === undefined ? null : value)),
    );
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  });
});
