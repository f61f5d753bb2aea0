import { describe, expect, it } from 'vitest';
import { envPort } from './runtime-hints.js';

describe('envPort', () => {
  it.each<[string, string, { env: string; port: number | undefined } | undefined]>([
    [
      'Go, fallback in an if',
      'port := os.Getenv("PORT")\nif port == "" {\n\tport = "9090"\n}',
      { env: 'PORT', port: 9090 },
    ],
    [
      'Go, LookupEnv',
      'p, ok := os.LookupEnv("HTTP_PORT")\nif !ok {\n\tp = ":7000"\n}',
      { env: 'HTTP_PORT', port: 7000 },
    ],
    ['Go, cmp.Or', 'addr := ":" + cmp.Or(os.Getenv("PORT"), "9091")', { env: 'PORT', port: 9091 }],
    ['Go, no fallback', 'http.ListenAndServe(":"+os.Getenv("PORT"), nil)', { env: 'PORT', port: undefined }],
    ['Node ||', 'app.listen(process.env.PORT || 3001)', { env: 'PORT', port: 3001 }],
    ['Node Number() ??', 'const port = Number(process.env.PORT) ?? 4000', { env: 'PORT', port: 4000 }],
    [
      'Node, first variable wins',
      '+process.env.ACTUAL_PORT || +process.env.PORT || config.port',
      { env: 'ACTUAL_PORT', port: undefined },
    ],
    [
      'envalid',
      'PORT: num({ default: 3000 }),\nDB_PORT: num({ default: 5432 })',
      { env: 'PORT', port: 3000 },
    ],
    ['Python get', 'port = int(os.environ.get("PORT", "8000"))', { env: 'PORT', port: 8000 }],
    ['Python getenv', "os.getenv('PORT', 5000)", { env: 'PORT', port: 5000 }],
    ['Ruby fetch', 'Integer(ENV.fetch("PORT", "4567"))', { env: 'PORT', port: 4567 }],
    ['Ruby ||', "ENV['PORT'] || 9292", { env: 'PORT', port: 9292 }],
    [
      'Rust',
      'env::var("PORT").unwrap_or_else(|_| "3000".to_string()).parse::<u16>()',
      { env: 'PORT', port: 3000 },
    ],
    ['Rust, no literal', 'env::var("PORT")?.parse::<u16>()?', { env: 'PORT', port: undefined }],
    ["another service's port", 'os.environ.get("DB_PORT", "5432")\nos.getenv("REDIS_PORT", 6379)', undefined],
  ])('%s', (_case, text, expected) => expect(envPort(text)).toEqual(expected));
});
