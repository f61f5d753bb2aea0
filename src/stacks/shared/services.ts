/**
 * Backing services an app needs, read from what it depends on (drivers, ORMs, client libraries), from
 * connection URLs in env templates, and from an existing Compose file. Detection never connects anywhere.
 */

import type { ServiceKind } from '../../core/app-plan.js';
import { DEFAULT_COMPOSE_FILES } from '../../parse/compose.js';
import type { FileView } from './file-view.js';

/** Dependency names (any ecosystem) that mean a service, matched exactly or by prefix `name*`. */
const DEPENDENCIES: Record<ServiceKind, string[]> = {
  postgres: [
    'pg',
    'pg-promise',
    'postgres',
    '@neondatabase/serverless',
    'psycopg',
    'psycopg2',
    'psycopg2-binary',
    'asyncpg',
    'github.com/lib/pq',
    'github.com/jackc/pgx*',
    'tokio-postgres',
    'postgres',
    'Npgsql*',
    'org.postgresql:postgresql',
    'pg',
    'sequel_pg',
    'doctrine/dbal',
  ],
  mysql: [
    'mysql',
    'mysql2',
    'mariadb',
    'pymysql',
    'mysqlclient',
    'aiomysql',
    'github.com/go-sql-driver/mysql',
    'mysql_async',
    'MySql.Data',
    'MySqlConnector',
    'Pomelo.EntityFrameworkCore.MySql',
    'com.mysql:mysql-connector-j',
    'mysql:mysql-connector-java',
    'org.mariadb.jdbc:mariadb-java-client',
  ],
  mongodb: [
    'mongodb',
    'mongoose',
    'pymongo',
    'motor',
    'mongoengine',
    'go.mongodb.org/mongo-driver*',
    'mongodb',
    'MongoDB.Driver',
    'mongoid',
    'mongo',
    'org.springframework.boot:spring-boot-starter-data-mongodb',
    'mongodb/mongodb',
  ],
  redis: [
    'redis',
    'ioredis',
    '@redis/client',
    'bullmq',
    'bull',
    'aioredis',
    'django-redis',
    'rq',
    'github.com/redis/go-redis*',
    'github.com/go-redis/redis*',
    'github.com/gomodule/redigo',
    'StackExchange.Redis',
    'sidekiq',
    'org.springframework.boot:spring-boot-starter-data-redis',
    'predis/predis',
    'fred',
    'deadpool-redis',
  ],
  rabbitmq: [
    'amqplib',
    'amqp-connection-manager',
    'pika',
    'aio-pika',
    'kombu',
    'github.com/rabbitmq/amqp091-go',
    'github.com/streadway/amqp',
    'lapin',
    'RabbitMQ.Client',
    'bunny',
    'org.springframework.boot:spring-boot-starter-amqp',
    'php-amqplib/php-amqplib',
  ],
  kafka: [
    'kafkajs',
    '@confluentinc/kafka-javascript',
    'node-rdkafka',
    'kafka-python',
    'confluent-kafka',
    'aiokafka',
    'github.com/segmentio/kafka-go',
    'github.com/IBM/sarama',
    'github.com/Shopify/sarama',
    'github.com/confluentinc/confluent-kafka-go*',
    'rdkafka',
    'Confluent.Kafka',
    'ruby-kafka',
    'rdkafka',
    'org.springframework.kafka:spring-kafka',
    'org.apache.kafka:kafka-clients',
  ],
  memcached: [
    'memcached',
    'memjs',
    'pymemcache',
    'python-memcached',
    'pylibmc',
    'github.com/bradfitz/gomemcache',
    'dalli',
    'EnyimMemcachedCore',
  ],
  elasticsearch: [
    '@elastic/elasticsearch',
    'elasticsearch',
    'elasticsearch-dsl',
    'opensearch-py',
    'github.com/elastic/go-elasticsearch*',
    'Elastic.Clients.Elasticsearch',
    'NEST',
    'elasticsearch-ruby',
    'org.springframework.boot:spring-boot-starter-data-elasticsearch',
    'elasticsearch/elasticsearch',
  ],
};

export function servicesFromDependencies(names: Iterable<string>): Set<ServiceKind> {
  const found = new Set<ServiceKind>();
  const list = [...names];
  for (const [service, patterns] of Object.entries(DEPENDENCIES) as Array<[ServiceKind, string[]]>) {
    for (const pattern of patterns) {
      const hit = pattern.endsWith('*')
        ? list.some((name) => name.startsWith(pattern.slice(0, -1)))
        : list.includes(pattern);
      if (hit) found.add(service);
    }
  }
  return found;
}

const URL_SCHEMES: Array<[RegExp, ServiceKind]> = [
  [/\bpostgres(ql)?(\+\w+)?:\/\//i, 'postgres'],
  [/\bmysql(\+\w+)?:\/\/|\bmariadb:\/\//i, 'mysql'],
  [/\bmongodb(\+srv)?:\/\//i, 'mongodb'],
  [/\brediss?:\/\//i, 'redis'],
  [/\bamqps?:\/\//i, 'rabbitmq'],
  [/\bKAFKA_(BROKERS|BOOTSTRAP_SERVERS)\s*=/i, 'kafka'],
  [/\bMEMCACHED?_(URL|HOST|SERVERS)\s*=/i, 'memcached'],
  [/\bELASTICSEARCH_(URL|HOST|NODE)\s*=/i, 'elasticsearch'],
  [/\bDB_CONNECTION\s*=\s*pgsql\b/i, 'postgres'],
  [/\bDB_CONNECTION\s*=\s*(mysql|mariadb)\b/i, 'mysql'],
  [/\bREDIS_HOST\s*=/i, 'redis'],
];

export function servicesFromText(text: string | undefined): Set<ServiceKind> {
  const found = new Set<ServiceKind>();
  if (!text) return found;
  for (const [pattern, service] of URL_SCHEMES) if (pattern.test(text)) found.add(service);
  return found;
}

const IMAGES: Array<[RegExp, ServiceKind]> = [
  [/(^|\/)(postgres|postgis)(:|$)/, 'postgres'],
  [/(^|\/)(mysql|mariadb)(:|$)/, 'mysql'],
  [/(^|\/)mongo(:|$)/, 'mongodb'],
  [/(^|\/)(redis|valkey)(:|$)/, 'redis'],
  [/(^|\/)rabbitmq(:|$)/, 'rabbitmq'],
  [/(^|\/)(kafka|cp-kafka)(:|$)/, 'kafka'],
  [/(^|\/)memcached(:|$)/, 'memcached'],
  [/(^|\/)(elasticsearch|opensearch)(:|$)/, 'elasticsearch'],
];

/** Services in an existing compose file, by image name. */
export function servicesFromCompose(text: string | undefined): Set<ServiceKind> {
  const found = new Set<ServiceKind>();
  if (!text) return found;
  for (const match of text.matchAll(/^\s*image:\s*["']?([^\s"'#]+)/gm)) {
    for (const [pattern, service] of IMAGES) if (pattern.test(match[1] as string)) found.add(service);
  }
  return found;
}

/** Env templates and compose files in an app's directory (and the repository root for monorepos). */
export function servicesFromFiles(view: FileView, dirs: string[]): Set<ServiceKind> {
  const found = new Set<ServiceKind>();
  for (const dir of dirs) {
    for (const name of ['.env.example', '.env.sample', '.env.template', '.env.dist', 'example.env']) {
      for (const service of servicesFromText(view.read(join(dir, name)))) found.add(service);
    }
    for (const name of DEFAULT_COMPOSE_FILES) {
      for (const service of servicesFromCompose(view.read(join(dir, name)))) found.add(service);
    }
  }
  return found;
}

export function join(dir: string, name: string): string {
  return dir === '.' || dir === '' ? name : `${dir}/${name}`;
}
