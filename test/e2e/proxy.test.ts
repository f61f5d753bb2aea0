/**
 * `init --target proxy` on a static site (test/fixtures/apps/static-staticfile) and on a Node server with
 * PostgreSQL (examples/node-http), each brought up as production runs it: compose.yaml + compose.prod.yaml + compose.proxy.yaml with DOMAIN=localhost, for which Caddy
 * issues a certificate from its own CA. Proves that HTTPS on Caddy's published port answers the app's
 * health route with a certificate for `localhost` signed by that CA (taken from Caddy's data volume),
 * that plain HTTP redirects to HTTPS, and that the app itself publishes no port. Everything is bound to
 * 127.0.0.1 (PROXY_HOST_IP) on ports picked free here; nothing is sent anywhere else. Needs Compose v2
 * and the caddy and nginx stand-ins; skips with the reason when they are missing (fails with CI=true).
 */

import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseDockerfile } from '../../src/parse/dockerfile.js';
import { composeUnavailable, missingImages, probeEngine } from './engine.js';
import { waitFor } from './run-image.js';

const { engine } = probeEngine();
const root = join(import.meta.dirname, '..', '..');

/** An app to put behind Caddy: its folder, its health route and what that and `/` answer. */
interface ProxyCase {
  fixture: string;
  health: string;
  healthBody: RegExp;
  page: string;
}

const CASES: Record<string, ProxyCase> = {
  'a static site on nginx': {
    fixture: join(root, 'test', 'fixtures', 'apps', 'static-staticfile'),
    health: '/healthz',
    healthBody: /^ok$/,
    page: readFileSync(
      join(root, 'test', 'fixtures', 'apps', 'static-staticfile', 'site', 'index.html'),
      'utf8',
    ),
  },
  'a Node server with PostgreSQL': {
    fixture: join(root, 'examples', 'node-http'),
    health: '/health',
    healthBody: /^\{"status":"ok"/,
    page: 'hello from node-http\n',
  },
};
const cli = join(root, 'bin', 'shipshape.js');
const LOOPBACK = '127.0.0.1';
const CADDY_ROOT_CA = '/data/caddy/pki/authorities/local/root.crt';

const reason = composeUnavailable(engine);
if (reason) console.warn(`proxy e2e: skipped, ${reason}`);

/** A port nothing listens on right now, on the loopback address. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, LOOPBACK, () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

interface Answer {
  status: number;
  headers: IncomingMessage['headers'];
  body: string;
}

function collect(response: IncomingMessage, resolve: (answer: Answer) => void) {
  let body = '';
  response.setEncoding('utf8');
  response.on('data', (chunk: string) => {
    body += chunk;
  });
  response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
}

/**
 * GET over HTTPS to 127.0.0.1, as a browser asking for `localhost` would (SNI and Host), trusting only
 * `ca` (Node's own list without it).
 */
function getHttps(port: number, path: string, ca?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    httpsRequest(
      {
        host: LOOPBACK,
        port,
        path,
        servername: 'localhost',
        headers: { host: 'localhost' },
        ...(ca ? { ca } : {}),
      },
      (response) => collect(response, resolve),
    )
      .on('error', reject)
      .end();
  });
}

function getHttp(port: number, path: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    httpRequest({ host: LOOPBACK, port, path, headers: { host: 'localhost' } }, (response) =>
      collect(response, resolve),
    )
      .on('error', reject)
      .end();
  });
}

describe.skipIf(reason !== undefined).each(Object.entries(CASES))(
  'init --target proxy: %s behind Caddy',
  (name, { fixture, health: healthPath, healthBody, page: home }) => {
    const dir = mkdtempSync(join(tmpdir(), 'shipshape-proxy-'));
    const project = `shipshape-e2e-proxy-${process.pid}-${Object.keys(CASES).indexOf(name)}`;
    const files = ['-f', 'compose.yaml', '-f', 'compose.prod.yaml', '-f', 'compose.proxy.yaml'];
    let env: Record<string, string> = {};
    const compose = (args: string[], timeoutMs?: number) =>
      engine?.docker(['compose', '--project-name', project, ...files, ...args], {
        cwd: dir,
        env,
        ...(timeoutMs ? { timeoutMs } : {}),
      }) ?? { status: -1, stdout: '', stderr: 'no engine' };
    afterAll(() => {
      // --rmi local: only the app image this project built, never the images it ran on.
      compose(['down', '--volumes', '--remove-orphans', '--rmi', 'local', '-t', '5']);
      rmSync(dir, { recursive: true, force: true });
    });

    it('starts Caddy after the app is healthy, answers HTTPS for DOMAIN with its CA, redirects HTTP, hides the app port', async (ctx) => {
      if (!engine) return;
      cpSync(fixture, dir, { recursive: true });
      const ran = spawnSync(
        process.execPath,
        [cli, 'init', '--yes', '--target', 'docker', '--target', 'compose', '--target', 'proxy', dir],
        { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
      );
      expect(ran.status, ran.stderr).toBe(0);
      expect(`${ran.stdout}${ran.stderr}`).toContain(`wrote ${join(dir, 'compose.proxy.yaml')}`);

      // logLevel: Compose's `!reset` tag is no YAML tag the parser knows, and a warning here is noise.
      const proxy = parse(readFileSync(join(dir, 'compose.proxy.yaml'), 'utf8'), { logLevel: 'error' });
      // The app's service is named after its folder (a temporary one here): the other service than Caddy.
      const app = Object.keys(proxy.services ?? {}).find((name) => name !== 'caddy') ?? '';
      // What the build and the services stand on: the Dockerfile's bases and every service's image.
      const model = parseDockerfile(readFileSync(join(dir, 'Dockerfile'), 'utf8'));
      const stages = new Set(model.stages.map((stage) => stage.name));
      const bases = model.stages
        .map((stage) => stage.baseImageExpanded)
        .filter((image): image is string => Boolean(image) && !stages.has(image));
      const named = ['compose.yaml', 'compose.proxy.yaml'].flatMap((file) =>
        Object.values(
          (parse(readFileSync(join(dir, file), 'utf8'), { logLevel: 'error' }).services ?? {}) as Record<
            string,
            { image?: string }
          >,
        ).flatMap((service) => (service.image ? [service.image] : [])),
      );
      const images = [...new Set([...bases, ...named])];
      const absent = missingImages(engine, images);
      if (absent.length) {
        const why = `no stand-in for ${absent.join(', ')}`;
        if (process.env.CI === 'true') throw new Error(why);
        // Shown as skipped, not passed: nothing was proved.
        ctx.skip(why);
      }

      const [httpPort, httpsPort] = [await freePort(), await freePort()];
      // The database password production reads, as a Compose secret file and as DB_PASSWORD.
      const password = `e2e-${process.pid}`;
      mkdirSync(join(dir, 'secrets'), { recursive: true });
      writeFileSync(join(dir, 'secrets', 'db_password.txt'), password);
      env = {
        DB_PASSWORD: password,
        DOMAIN: 'localhost',
        PROXY_HOST_IP: LOOPBACK,
        HTTP_PORT: String(httpPort),
        HTTPS_PORT: String(httpsPort),
      };
      const up = compose(['up', '--build', '--detach', '--wait', '--wait-timeout', '180'], 600_000);
      expect(up.status, `${up.stdout}\n${up.stderr}`).toBe(0);

      // Only Caddy publishes anything, and only on the loopback address.
      const ps = compose(['ps', '--format', 'json']);
      const entries = ps.stdout
        .trim()
        .split('\n')
        .flatMap((line) => {
          const parsed = JSON.parse(line);
          return Array.isArray(parsed) ? parsed : [parsed];
        }) as Array<{
        Service: string;
        Health: string;
        Publishers: Array<{
          URL: string;
          PublishedPort: number;
          TargetPort: number;
          Protocol: string;
        }> | null;
      }>;
      const published = (service: string) =>
        (entries.find((entry) => entry.Service === service)?.Publishers ?? []).filter(
          (port) => port.PublishedPort > 0,
        );
      expect(entries.find((entry) => entry.Service === app)?.Health).toBe('healthy');
      // Its own probe (the admin API, through BusyBox's wget) passed too: --wait waited for it.
      expect(entries.find((entry) => entry.Service === 'caddy')?.Health).toBe('healthy');
      for (const { Service } of entries.filter((entry) => entry.Service !== 'caddy'))
        expect(published(Service), Service).toEqual([]);
      expect(
        published('caddy')
          .map((port) => `${port.URL}:${port.PublishedPort}->${port.TargetPort}/${port.Protocol}`)
          .sort(),
      ).toEqual(
        [
          `${LOOPBACK}:${httpPort}->80/tcp`,
          `${LOOPBACK}:${httpsPort}->443/tcp`,
          `${LOOPBACK}:${httpsPort}->443/udp`,
        ].sort(),
      );

      // Caddy was started only after the app's probe had passed once (the engine keeps the last 5 probes).
      const inspect = (service: string, format: string) => {
        const id = compose(['ps', '-q', service]).stdout.trim();
        return engine.docker(['inspect', '--format', format, id]).stdout.trim();
      };
      const probes = JSON.parse(inspect(app, '{{json .State.Health.Log}}')) as Array<{
        End: string;
        ExitCode: number;
      }>;
      const firstPass = probes.find((probe) => probe.ExitCode === 0)?.End;
      expect(firstPass, JSON.stringify(probes)).toBeDefined();
      const caddyStarted = inspect('caddy', '{{.State.StartedAt}}');
      expect(Date.parse(caddyStarted)).toBeGreaterThanOrEqual(Date.parse(firstPass as string));

      // The generated Caddyfile is as Caddy's own formatter leaves it (and so parses).
      const formatted = compose(['exec', '-T', 'caddy', 'caddy', 'fmt', '/etc/caddy/Caddyfile']);
      expect(formatted.stdout, formatted.stderr).toBe(readFileSync(join(dir, 'Caddyfile'), 'utf8'));

      // Caddy creates its CA and the site's certificate just after it starts.
      let ca = '';
      const issued = await waitFor(() => {
        const read = compose(['exec', '-T', 'caddy', 'cat', CADDY_ROOT_CA]);
        ca = read.status === 0 ? read.stdout : '';
        return ca.includes('BEGIN CERTIFICATE');
      }, 30_000);
      expect(issued, compose(['logs', 'caddy']).stdout).toBe(true);

      let health: Answer | undefined;
      const deadline = Date.now() + 30_000;
      while (Date.now() < deadline && health?.status !== 200) {
        health = await getHttps(httpsPort, healthPath, ca).catch(() => undefined);
        if (health?.status !== 200) await new Promise((resolve) => setTimeout(resolve, 500));
      }
      expect(health?.status, compose(['logs', 'caddy']).stdout).toBe(200);
      expect(health?.body).toMatch(healthBody);
      const page = await getHttps(httpsPort, '/', ca);
      expect(page.status).toBe(200);
      expect(page.body).toBe(home);

      // Without Caddy's CA the chain is refused: the 200 above came through a checked certificate.
      await expect(getHttps(httpsPort, healthPath)).rejects.toThrow(/certificate|verify/i);

      const redirect = await getHttp(httpPort, healthPath);
      expect(redirect.status).toBe(308);
      expect(redirect.headers.location).toBe(`https://localhost${healthPath}`);
    });
  },
);
