/**
 * The Compose files init writes: compose.yaml (the app on its production target and its services),
 * compose.override.yaml (development: the development target, the source mounted, ports on 127.0.0.1;
 * `docker compose up` reads it by default) and compose.prod.yaml (limits, restarts, log rotation,
 * hardening: `docker compose -f compose.yaml -f compose.prod.yaml up -d`). Built as data, printed by
 * the yaml package, so the output is always valid YAML.
 */

import { Scalar } from 'yaml';
import type { AppPlan, DeployPlan, ServiceKind } from '../core/app-plan.js';
import { type BuildLayout, ownFolder } from '../core/build-layout.js';
import { imageTable, type ServiceImageKind, serviceImage } from '../images/index.js';
import { yamlDocument } from './yaml-document.js';

export interface ServiceTemplate {
  image: string;
  port: number;
  /** Where the service keeps its data (a named volume). */
  data?: string;
  environment?: Record<string, string>;
  healthcheck: string[];
  /** Variables the app reads to reach the service. */
  connect: Record<string, string>;
}

/** Development gets a default so `docker compose up` works at once; production must be given one. */
const PASSWORD = '${DB_PASSWORD:-development-only}';
/** In production the databases read the password from this Compose secret, a file beside compose.yaml. */
const DB_PASSWORD_SECRET = 'db_password';
export const DB_PASSWORD_FILE = './secrets/db_password.txt';

/** Compose's `!reset` merge tag: the override file removes the value compose.yaml set. */
function resetTag(): Scalar {
  const reset = new Scalar(null);
  reset.tag = '!reset';
  return reset;
}

/** The service's image: the line its policy chooses, as a tag the image table lists (dated by the table). */
function image(kind: ServiceImageKind): string {
  const chosen = serviceImage(kind, imageTable.date);
  if (!chosen.ok) throw new Error(`service image ${kind}: ${chosen.reason}`);
  return chosen.reference;
}

/** Official images, pinned to release lines that receive fixes, with a probe each image carries. */
const SERVICES: Record<ServiceKind, ServiceTemplate> = {
  postgres: {
    image: image('postgres'),
    port: 5432,
    data: '/var/lib/postgresql/data',
    environment: { POSTGRES_USER: 'app', POSTGRES_DB: 'app', POSTGRES_PASSWORD: PASSWORD },
    healthcheck: ['CMD-SHELL', 'pg_isready -U app -d app'],
    connect: { DATABASE_URL: `postgres://app:${PASSWORD}@postgres:5432/app` },
  },
  mysql: {
    image: image('mysql'),
    port: 3306,
    data: '/var/lib/mysql',
    environment: {
      MYSQL_DATABASE: 'app',
      MYSQL_USER: 'app',
      MYSQL_PASSWORD: PASSWORD,
      MYSQL_RANDOM_ROOT_PASSWORD: 'yes',
    },
    healthcheck: ['CMD-SHELL', 'mysqladmin ping -h 127.0.0.1 --silent'],
    connect: { DATABASE_URL: `mysql://app:${PASSWORD}@mysql:3306/app` },
  },
  mongodb: {
    image: image('mongo'),
    port: 27017,
    data: '/data/db',
    healthcheck: ['CMD', 'mongosh', '--quiet', '--eval', "db.adminCommand('ping').ok"],
    connect: { MONGODB_URL: 'mongodb://mongodb:27017/app' },
  },
  redis: {
    image: image('redis'),
    port: 6379,
    data: '/data',
    healthcheck: ['CMD', 'redis-cli', 'ping'],
    connect: { REDIS_URL: 'redis://redis:6379' },
  },
  rabbitmq: {
    image: image('rabbitmq'),
    port: 5672,
    data: '/var/lib/rabbitmq',
    healthcheck: ['CMD', 'rabbitmq-diagnostics', '-q', 'ping'],
    connect: { AMQP_URL: 'amqp://guest:guest@rabbitmq:5672' },
  },
  kafka: {
    image: image('kafka'),
    port: 9092,
    healthcheck: [
      'CMD-SHELL',
      '/opt/kafka/bin/kafka-broker-api-versions.sh --bootstrap-server localhost:9092 > /dev/null',
    ],
    connect: { KAFKA_BROKERS: 'kafka:9092' },
  },
  memcached: {
    image: image('memcached'),
    port: 11211,
    healthcheck: ['CMD-SHELL', "echo stats | timeout 2 bash -c 'cat > /dev/tcp/127.0.0.1/11211'"],
    connect: { MEMCACHED_SERVERS: 'memcached:11211' },
  },
  elasticsearch: {
    image: image('elasticsearch'),
    port: 9200,
    data: '/usr/share/elasticsearch/data',
    environment: {
      'discovery.type': 'single-node',
      'xpack.security.enabled': 'false',
      ES_JAVA_OPTS: '-Xms512m -Xmx512m',
    },
    healthcheck: ['CMD-SHELL', 'curl -fsS http://127.0.0.1:9200/_cluster/health > /dev/null'],
    connect: { ELASTICSEARCH_URL: 'http://elasticsearch:9200' },
  },
};

/** A backing service's official image, probe, data path and connection variables, for other renderers. */
export function backingService(service: ServiceKind): Readonly<ServiceTemplate> {
  return SERVICES[service];
}

/** The development default password in a template's values, and the form production requires instead. */
export function requirePassword(value: string, hint = 'set DB_PASSWORD in the environment or .env'): string {
  return value.replace(PASSWORD, `\${DB_PASSWORD:?${hint}}`);
}

/**
 * A backing service as Compose and Swarm both write it: the pinned image, its environment (each value
 * through `value`, which production uses to require the password), a named volume for its data
 * (added to `volumes`), and its probe at the given timings.
 */
export function serviceDefinition(
  service: ServiceKind,
  volumes: Record<string, unknown>,
  options: { value: (text: string) => string; healthcheck: Record<string, string | number> },
): Record<string, unknown> {
  const template = SERVICES[service];
  const definition: Record<string, unknown> = { image: template.image };
  if (template.environment)
    definition.environment = Object.fromEntries(
      Object.entries(template.environment).map(([key, text]) => [key, options.value(text)]),
    );
  if (template.data) {
    definition.volumes = [`${service}-data:${template.data}`];
    volumes[`${service}-data`] = {};
  }
  definition.healthcheck = { test: template.healthcheck, ...options.healthcheck };
  return definition;
}

/**
 * The variable the generated files hand the app to reach a service: the one its code reads
 * (`app.serviceEnv`), else the usual one (DATABASE_URL, REDIS_URL...). Two services whose usual name is
 * the same (postgres and mysql) never share it: the later one is called after itself (MYSQL_URL).
 */
export function connectionVariable(
  service: ServiceKind,
  app: Pick<AppPlan, 'services' | 'serviceEnv'>,
): string {
  const read = app.serviceEnv?.[service];
  if (read) return read;
  const usual = (kind: ServiceKind) => Object.keys(SERVICES[kind].connect)[0] as string;
  const name = usual(service);
  const earlier = app.services.slice(0, Math.max(0, app.services.indexOf(service)));
  const taken =
    Object.values(app.serviceEnv ?? {}).includes(name) ||
    earlier.some((other) => !app.serviceEnv?.[other] && usual(other) === name);
  return taken ? `${service.toUpperCase()}_URL` : name;
}

/** Each service's connection variable as this app reads it, with its development value. */
export function connections(app: Pick<AppPlan, 'services' | 'serviceEnv'>): Array<[string, string]> {
  const pairs: Array<[string, string]> = app.services.map((service) => [
    connectionVariable(service, app),
    Object.values(SERVICES[service].connect)[0] as string,
  ]);
  // The postgres service speaks no TLS on the project's own network. Go's lib/pq requires TLS unless told
  // otherwise (miniflux: "pq: SSL is not enabled on the server"); libpq, psycopg, asyncpg and node-postgres
  // read the same variable. In the environment, not the URL: an sslmode query parameter is an unknown
  // keyword to SQLAlchemy's asyncpg driver, and a URL the user supplies with its own sslmode still wins.
  if (app.services.includes('postgres')) pairs.push(['PGSSLMODE', 'disable']);
  return pairs;
}

/** The app's name as Compose service, image and file names accept it (`@acme/Web` becomes `acme-web`). */
export function serviceName(app: AppPlan): string {
  return (
    app.name
      .toLowerCase()
      .replace(/[^a-z0-9_-]/g, '-')
      .replace(/^[^a-z0-9]+/, '') || 'app'
  );
}

/** Compose's `build:` for the app: its context, the Dockerfile when it is not the context's own, a target. */
function buildSection(layout: BuildLayout, target: string): Record<string, unknown> {
  return {
    context: layout.contextFromApp,
    ...(layout.dockerfile === 'Dockerfile' ? {} : { dockerfile: layout.dockerfile }),
    target,
    ...(layout.secrets.length ? { secrets: layout.secrets.map((secret) => secret.id) } : {}),
  };
}

export function renderCompose(app: DeployPlan, layout: BuildLayout = ownFolder(app)): string {
  const name = serviceName(app);
  // No ports here: development publishes on 127.0.0.1 and production on every interface, and the two
  // files would otherwise merge into two bindings of one host port.
  const appService: Record<string, unknown> = { build: buildSection(layout, 'production') };
  const environment: Record<string, string> = {};
  if (app.port !== undefined) environment.PORT = String(app.port);
  for (const [key, value] of connections(app)) environment[key] = value;
  if (Object.keys(environment).length) appService.environment = environment;
  const healthyServices = Object.fromEntries(
    app.services.map((service) => [service, { condition: 'service_healthy' }]),
  );
  const migrate = migrationService(app, layout, environment, healthyServices);
  if (app.services.length) {
    appService.depends_on = {
      ...healthyServices,
      ...(migrate ? { migrate: { condition: 'service_completed_successfully' } } : {}),
    };
  }
  const services: Record<string, unknown> = { [name]: appService };
  if (migrate) services.migrate = migrate;
  const volumes: Record<string, unknown> = {};
  for (const service of app.services) {
    services[service] = serviceDefinition(service, volumes, {
      value: (text) => text,
      healthcheck: { interval: '5s', timeout: '5s', retries: 10, start_period: '10s' },
    });
  }
  const document: Record<string, unknown> = { services };
  if (Object.keys(volumes).length) document.volumes = volumes;
  // The build's registry credentials, read from the developer's own files.
  if (layout.secrets.length)
    document.secrets = Object.fromEntries(
      layout.secrets.map((secret) => [secret.id, { file: secret.source }]),
    );
  return yamlDocument(
    [
      `Generated by shipshape for ${app.name}: the app on its production target${app.services.length ? `, with ${app.services.join(', ')}` : ''}.`,
      'docker compose up       development (adds compose.override.yaml)',
      'docker compose -f compose.yaml -f compose.prod.yaml up -d       production',
      ...(usesPassword(app)
        ? [
            'Production needs DB_PASSWORD in the environment or in .env (never committed); development uses a default.',
          ]
        : []),
    ],
    document,
  );
}

/**
 * A one-shot service that applies the migrations once the database is healthy; the app starts when it
 * has exited 0. It runs from the image stage that has the migration tool: Node's CLIs (prisma, knex)
 * are usually devDependencies, so the development stage; elsewhere the production image has them.
 */
function migrationService(
  app: DeployPlan,
  layout: BuildLayout,
  environment: Record<string, string>,
  dependsOn: Record<string, unknown>,
): Record<string, unknown> | undefined {
  if (!app.migrateCommand || !app.services.length) return undefined;
  // Only what reaches the databases; Compose's default restart policy ("no") suits a one-shot job.
  const connect = Object.fromEntries(Object.entries(environment).filter(([key]) => key !== 'PORT'));
  return {
    build: buildSection(layout, app.migrationTarget),
    command: app.migrateCommand.split(/\s+/),
    environment: connect,
    depends_on: dependsOn,
  };
}

/** Whether the app's services need DB_PASSWORD (required in production, defaulted in development). */
export function usesPassword(app: AppPlan): boolean {
  return app.services.some((service) =>
    Object.values(SERVICES[service].connect).some((value) => value.includes(PASSWORD)),
  );
}

export function renderComposeOverride(app: DeployPlan): string {
  const name = serviceName(app);
  const appService: Record<string, unknown> = {
    build: { target: 'development' },
    // The source, mounted over the image's copy so the dev server reloads on save, as the stack decided.
    volumes: app.development.volumes,
  };
  if (app.port !== undefined) appService.ports = [`127.0.0.1:\${APP_PORT:-${app.port}}:${app.port}`];
  if (Object.keys(app.development.environment).length) appService.environment = app.development.environment;
  const services: Record<string, unknown> = { [name]: appService };
  for (const service of app.services) {
    const template = SERVICES[service];
    services[service] = { ports: [`127.0.0.1:${template.port}:${template.port}`] };
  }
  return yamlDocument(
    [
      'Generated by shipshape: development settings, read by `docker compose up` on top of compose.yaml.',
      'The development target with hot reload, the source mounted, every port on 127.0.0.1 only.',
    ],
    { services },
  );
}

export function renderComposeProduction(app: DeployPlan): string {
  const name = serviceName(app);
  const hardened = (memory: number, cpus: string): Record<string, unknown> => ({
    restart: 'unless-stopped',
    deploy: {
      resources: { limits: { cpus, memory: `${memory}M` }, reservations: { memory: `${memory / 2}M` } },
    },
    logging: { driver: 'json-file', options: { 'max-size': '10m', 'max-file': '3' } },
  });
  const required = (value: string) => requirePassword(value);
  const appService: Record<string, unknown> = {
    ...hardened(512, '1.0'),
    ...(app.port !== undefined ? { ports: [`\${APP_PORT:-${app.port}}:${app.port}`] } : {}),
    // A read-only root file system with a writable /tmp (and what the framework writes), no
    // capabilities, and no way to regain any.
    read_only: true,
    tmpfs: app.writablePaths.map((writable) => writable.path),
    cap_drop: ['ALL'],
    security_opt: ['no-new-privileges:true'],
  };
  // Production refuses to start without a real password rather than fall back to the development one.
  const connect = connections(app).filter(([, value]) => value.includes(PASSWORD));
  if (connect.length) {
    appService.secrets = [DB_PASSWORD_SECRET];
    appService.environment = {
      ...Object.fromEntries(connect.map(([key, value]) => [key, required(value)])),
      // The same password as a file, for code that reads it from there rather than from the URL.
      DB_PASSWORD_FILE: `/run/secrets/${DB_PASSWORD_SECRET}`,
    };
  }
  const services: Record<string, unknown> = { [name]: appService };
  if (app.migrateCommand && app.services.length && connect.length)
    services.migrate = { environment: appService.environment, secrets: [DB_PASSWORD_SECRET] };
  for (const service of app.services) {
    const definition = hardened(service === 'elasticsearch' ? 2048 : 1024, '1.0');
    const passwords = Object.entries(SERVICES[service].environment ?? {}).filter(
      ([, value]) => value === PASSWORD,
    );
    if (passwords.length) {
      // The official images read <VARIABLE>_FILE: the password stays out of the container's
      // environment (and `docker inspect`); the development variable is dropped, as the two exclude
      // each other.
      definition.environment = Object.fromEntries(
        passwords.flatMap(([key]) => [
          [key, resetTag()],
          [`${key}_FILE`, `/run/secrets/${DB_PASSWORD_SECRET}`],
        ]),
      );
      definition.secrets = [DB_PASSWORD_SECRET];
    }
    services[service] = definition;
  }
  const document: Record<string, unknown> = { services };
  // The databases that take a password are the ones whose connection URL carries it.
  if (connect.length) document.secrets = { [DB_PASSWORD_SECRET]: { file: DB_PASSWORD_FILE } };
  return yamlDocument(
    [
      'Generated by shipshape: production settings, on top of compose.yaml:',
      ...(document.secrets
        ? [
            `The database password comes from ${DB_PASSWORD_FILE} (a Compose secret; never commit it), and the app's`,
            'connection URL from DB_PASSWORD, so give both the one value:',
            `DB_PASSWORD="$(cat ${DB_PASSWORD_FILE})" docker compose -f compose.yaml -f compose.prod.yaml up -d`,
          ]
        : ['docker compose -f compose.yaml -f compose.prod.yaml up -d']),
    ],
    document,
  );
}
