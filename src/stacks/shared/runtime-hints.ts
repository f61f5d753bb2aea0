/** Port and health path, read from env templates, source code and an existing Dockerfile. */

import type { FileView } from './file-view.js';
import { join } from './services.js';

/**
 * Where code reads its listening port from the environment, with the fallback it uses when the variable
 * is unset (group 1 the variable, group 2 the fallback, if any). Each ecosystem's usual spellings:
 * `process.env.PORT || 3001`, `os.environ.get("PORT", "8000")`, `ENV.fetch("PORT", 3000)`,
 * `env::var("PORT").unwrap_or("8080")`, Go's `port := os.Getenv("PORT")` then `if port == "" { port = "9090" }`
 * (matched by goEnvPortFallback), and envalid's `PORT: num({ default: 3000 })`.
 */
const ENV_PORT_READS = [
  /process\.env(?:\.(\w*PORT)\b|\[\s*["'](\w*PORT)["']\s*\])\s*(?:\)\s*)?(?:(?:\|\||\?\?)\s*["']?(\d{2,5})\b)?/,
  /(?:environ\.get|getenv)\(\s*["'](\w*PORT)["']\s*(?:,\s*["']?(\d{2,5})\b)?/,
  /environ\[\s*["'](\w*PORT)["']\s*\]/,
  /ENV(?:\.fetch\(\s*|\[\s*)["'](\w*PORT)["']\s*(?:(?:\]\s*\|\||,)\s*["']?(\d{2,5})\b)?/,
  /env::var\(\s*"(\w*PORT)"\s*\)(?:[^;]{0,80}?(?<![\w.])"?(\d{2,5})\b)?/,
  /cmp\.Or\(\s*os\.Getenv\(\s*"(\w*PORT)"\s*\)\s*,\s*":?(\d{2,5})"/,
  /os\.(?:Getenv|LookupEnv)\(\s*"(\w*PORT)"\s*\)/,
  /\b(PORT)["']?\s*:\s*(?:num|port|int|str)\(\s*\{\s*default:\s*["']?(\d{2,5})\b/,
];

/** A variable that names another service's port (DB_PORT, REDIS_PORT, SMTP_PORT) is not the app's. */
const OTHER_SERVICE_PORT =
  /^(?:DB|DATABASE|POSTGRES|PG|MYSQL|MARIADB|REDIS|MONGO|MONGODB|SMTP|MAIL|EMAIL|RABBITMQ|AMQP|KAFKA|ELASTIC|ELASTICSEARCH|ES|MEMCACHED|LDAP|IMAP|PROXY|DEBUG|METRICS)_/;

const appPortVariable = (name: string | undefined) =>
  name !== undefined && /^(?:\w+_)?PORT$/.test(name) && !OTHER_SERVICE_PORT.test(name);

/** Go's two-step fallback: `x := os.Getenv("PORT")` (or LookupEnv), then `if x == "" { x = "9090" }`. */
function goEnvPortFallback(text: string): { env: string; port: number | undefined } | undefined {
  const read = /(\w+)(?:\s*,\s*\w+)?\s*:?=\s*os\.(?:Getenv|LookupEnv)\(\s*"(\w*PORT)"\s*\)/.exec(text);
  if (!read || !appPortVariable(read[2])) return undefined;
  const variable = read[1] as string;
  const fallback = new RegExp(
    `if\\s+(?:${variable}\\s*==\\s*""|!\\w+|len\\(${variable}\\)\\s*==\\s*0)\\s*\\{\\s*${variable}\\s*=\\s*":?(\\d{2,5})"`,
  ).exec(text.slice(read.index));
  return { env: read[2] as string, port: fallback ? Number(fallback[1]) : undefined };
}

/** The variable the code reads its port from, and the fallback it listens on without it. */
export function envPort(text: string): { env: string; port: number | undefined } | undefined {
  const go = goEnvPortFallback(text);
  if (go) return go;
  for (const pattern of ENV_PORT_READS) {
    for (const match of text.matchAll(new RegExp(pattern, 'g'))) {
      const [env, port] = match.slice(1).filter((group) => group !== undefined);
      if (appPortVariable(env)) return { env: env as string, port: port ? Number(port) : undefined };
    }
  }
  return undefined;
}

/** The first source file that reads the app's port from the environment, with the variable's name. */
export function portVariable(view: FileView, sources: string[]): string | undefined {
  for (const file of sources) {
    const found = envPort(view.read(file) ?? '');
    if (found) return found.env;
  }
  return undefined;
}

/** `PORT=3000` in an env template, a default in code, or EXPOSE in an existing Dockerfile. */
export function portHint(
  view: FileView,
  dir: string,
  sources: string[],
): { port: number; from: string } | undefined {
  for (const name of ['.env.example', '.env.sample', '.env.template', '.env']) {
    const match = /^\s*(?:export\s+)?(?:APP_)?PORT\s*=\s*["']?(\d{2,5})/m.exec(
      view.read(join(dir, name)) ?? '',
    );
    if (match) return { port: Number(match[1]), from: name };
  }
  // A fallback next to the variable the app reads beats a bare number elsewhere in the code.
  for (const file of sources) {
    const port = envPort(view.read(file) ?? '')?.port;
    if (port) return { port, from: file };
  }
  for (const file of sources) {
    const text = view.read(file) ?? '';
    const patterns = [
      /process\.env\.PORT\s*(?:\|\||\?\?)\s*["']?(\d{2,5})/,
      /Number\(process\.env\.PORT\s*(?:\|\||\?\?)\s*["']?(\d{2,5})/,
      /\.listen\(\s*(\d{2,5})\b/,
      /environ\.get\(\s*["']PORT["']\s*,\s*["']?(\d{2,5})/,
      /getenv\(\s*["']PORT["']\s*,\s*["']?(\d{2,5})/,
      /ENV\.fetch\(\s*["']PORT["']\s*,\s*["']?(\d{2,5})/,
      /port\s*=\s*(\d{4,5})\b/i,
      /["']:(\d{4,5})["']/,
      /ListenAndServe\(\s*["'][^"':]*:(\d{2,5})/,
      /SocketAddr::from\(\(\[[\d, ]+\],\s*(\d{2,5})\)\)|bind\(\s*["'][\d.]+:(\d{2,5})["']/,
    ];
    for (const pattern of patterns) {
      const match = pattern.exec(text);
      const value = match?.[1] ?? match?.[2];
      if (value) return { port: Number(value), from: file };
    }
  }
  const expose = /^\s*EXPOSE\s+(\d{2,5})/im.exec(view.read(join(dir, 'Dockerfile')) ?? '');
  if (expose) return { port: Number(expose[1]), from: 'Dockerfile EXPOSE' };
  return undefined;
}

const HEALTH_PATHS = ['/actuator/health', '/healthz', '/livez', '/health', '/readyz', '/up', '/ping'];

/** A health route the code defines, found as a quoted path literal. */
export function healthPath(view: FileView, sources: string[]): { path: string; from: string } | undefined {
  for (const file of sources) {
    const text = view.read(file) ?? '';
    for (const path of HEALTH_PATHS) {
      if (new RegExp(`["'\`]${path.replace(/\//g, '\\/')}/?["'\`]`).test(text)) return { path, from: file };
    }
  }
  return undefined;
}
