import { describe, expect, it } from 'vitest';
import { type AppPlan, type DeployPlan, emptyPlan } from '../core/app-plan.js';
import { imageTable, serviceImage } from '../images/index.js';
import { parseYaml, RESET } from '../parse/yaml-source.js';
import { deployPlan } from '../stacks/index.js';
import { type HealthProbe, renderCaddyfile, renderComposeProxy } from './proxy.js';

function app(changes: Partial<AppPlan> = {}): DeployPlan {
  return deployPlan({ ...emptyPlan('python', 'Shop', '.'), port: 8000, ...changes });
}

const probe: HealthProbe = {
  kind: 'healthcheck',
  argv: ['python', '-c', 'import urllib.request; urllib.request.urlopen("http://127.0.0.1:8000/health")'],
  interval: '30s',
  timeout: '5s',
  startPeriod: '20s',
  retries: 3,
};

// Parsed as Compose parses it, merge tags (`!reset`) included.
const services = (text: string) =>
  (parseYaml(text, 'compose.proxy.yaml').value as { services: Record<string, Record<string, unknown>> })
    .services;

describe('the Caddyfile', () => {
  it('serves the domain in DOMAIN and proxies to the app by its service name and port', () => {
    const caddyfile = renderCaddyfile(app());
    expect(caddyfile).toContain('\n{$DOMAIN} {\n\tencode zstd gzip\n\treverse_proxy shop:8000\n}\n');
    // Global options first, as Caddy requires, in the one block without a site address.
    expect(caddyfile.split('\n').find((line) => !line.startsWith('#'))).toBe('{');
  });

  it('refuses an app without a port: there is no upstream to name', () => {
    expect(() => renderCaddyfile(app({ port: undefined }))).toThrow(/no port/);
  });
});

describe('compose.proxy.yaml', () => {
  it('removes the app port, gives it its probe, and starts Caddy when the app is healthy', () => {
    const { shop, caddy } = services(renderComposeProxy(app(), probe));
    expect(shop).toEqual({
      ports: RESET,
      healthcheck: {
        test: ['CMD', ...probe.argv],
        interval: '10s',
        timeout: '5s',
        retries: 3,
        start_period: '20s',
      },
    });
    expect(caddy?.depends_on).toEqual({ shop: { condition: 'service_healthy' } });
  });

  it('escapes $ in the probe, which Compose would otherwise read as a variable', () => {
    const text = renderComposeProxy(app(), { ...probe, argv: ['php', '-r', '$b = 1; exit($b - 1);'] });
    expect(text).toContain('        - $$b = 1; exit($$b - 1);\n');
  });

  it('waits only for the start of an app whose image has no probe', () => {
    const { shop, caddy } = services(renderComposeProxy(app(), undefined));
    expect(shop).toEqual({ ports: RESET });
    expect(caddy?.depends_on).toEqual({ shop: { condition: 'service_started' } });
  });

  it("runs Caddy from the image table's tag, its state in volumes, locked down but for binding low ports", () => {
    const text = renderComposeProxy(app(), probe);
    const { caddy } = services(text);
    const chosen = serviceImage('caddy', imageTable.date);
    expect(chosen.ok && caddy?.image).toBe(chosen.ok && chosen.reference);
    expect(caddy).toMatchObject({
      read_only: true,
      tmpfs: ['/tmp'],
      cap_drop: ['ALL'],
      cap_add: ['NET_BIND_SERVICE'],
      volumes: ['./Caddyfile:/etc/caddy/Caddyfile:ro', 'caddy-data:/data', 'caddy-config:/config'],
      environment: { DOMAIN: expect.stringMatching(/^\$\{DOMAIN:\?.+\}$/) },
      healthcheck: { test: ['CMD', 'wget', '-q', '-O', '/dev/null', 'http://127.0.0.1:2019/config/'] },
    });
    expect(caddy?.ports).toEqual([
      '${PROXY_HOST_IP:-0.0.0.0}:${HTTP_PORT:-80}:80',
      '${PROXY_HOST_IP:-0.0.0.0}:${HTTPS_PORT:-443}:443',
      '${PROXY_HOST_IP:-0.0.0.0}:${HTTPS_PORT:-443}:443/udp',
    ]);
    expect(text).toMatch(/\nvolumes:\n {2}caddy-data: \{\}\n {2}caddy-config: \{\}\n$/);
  });

  it('names the proxy apart from an app that is itself called caddy', () => {
    const named = services(renderComposeProxy(app({ name: 'caddy' }), probe));
    expect(Object.keys(named)).toEqual(['caddy', 'caddy-proxy']);
    expect(named['caddy-proxy']?.depends_on).toEqual({ caddy: { condition: 'service_healthy' } });
  });
});
