import { describe, expect, it } from 'vitest';
import { memoryFileSystem } from '../../../test/memory-file-system.js';
import { fileView } from './file-view.js';
import { envNamesRead, serviceEnv, serviceEnvNames } from './service-env.js';

describe('envNamesRead', () => {
  it.each<[string, string]>([
    ['const db = process.env.POSTGRES_URL;', 'POSTGRES_URL'],
    ["url = os.environ['REDIS_URI']", 'REDIS_URI'],
    ['os.getenv("MONGO_URI", "mongodb://localhost")', 'MONGO_URI'],
    ['dsn := os.Getenv("DATABASE_DSN")', 'DATABASE_DSN'],
    ['let url = std::env::var("DATABASE_URL")?;', 'DATABASE_URL'],
    ['ENV.fetch("ELASTICSEARCH_ENDPOINT")', 'ELASTICSEARCH_ENDPOINT'],
  ])('%s', (text, name) => expect(envNamesRead(text)).toContain(name));
});

describe('serviceEnvNames', () => {
  it('takes the name the code reads, a specific one over a generic one', () => {
    expect(serviceEnvNames(new Set(['POSTGRES_URL', 'PORT']), ['postgres'])).toEqual({
      postgres: 'POSTGRES_URL',
    });
    expect(serviceEnvNames(new Set(['DATABASE_URL', 'PG_URL']), ['postgres'])).toEqual({
      postgres: 'PG_URL',
    });
    expect(serviceEnvNames(new Set(['SECRET']), ['postgres'])).toEqual({});
  });

  it('never gives two services one name', () => {
    expect(serviceEnvNames(new Set(['DATABASE_URL']), ['mysql', 'postgres'])).toEqual({
      mysql: 'DATABASE_URL',
    });
  });

  it('leaves DATABASE_URL to the SQL database beside MongoDB (nestjs-boilerplate)', () => {
    expect(serviceEnvNames(new Set(['DATABASE_URL']), ['mongodb', 'postgres'])).toEqual({
      postgres: 'DATABASE_URL',
    });
  });
});

describe('serviceEnv', () => {
  // Distilled from apps that read POSTGRES_URL and ELASTICSEARCH_ENDPOINT while compose set DATABASE_URL.
  it('reads the source files of the app', () => {
    const view = fileView(
      memoryFileSystem({
        'src/db.ts': 'export const pool = new Pool({ connectionString: process.env.POSTGRES_URL });',
        'src/search.ts': 'new Client({ node: process.env.ELASTICSEARCH_ENDPOINT })',
      }),
      '/work',
    );
    expect(serviceEnv(view, '.', ['elasticsearch', 'postgres'])).toEqual({
      elasticsearch: 'ELASTICSEARCH_ENDPOINT',
      postgres: 'POSTGRES_URL',
    });
  });
});
