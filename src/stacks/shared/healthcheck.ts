import type { Step } from '../../core/image-plan.js';

/**
 * The health-check policy every generated image shares: probe every 30 s, give a probe 5 s, call the
 * container unhealthy after 3 failures; `startPeriod` covers the runtime's own start-up.
 */
export function healthcheck(argv: string[], startPeriod: '10s' | '15s'): Step {
  return { kind: 'healthcheck', argv, interval: '30s', timeout: '5s', startPeriod, retries: 3 };
}

/** EXPOSE, for an app that listens: a worker (no port decided) publishes nothing. */
export function exposed(port: number | undefined): Step[] {
  return port === undefined ? [] : [{ kind: 'expose', port }];
}

/** EXPOSE and a HEALTHCHECK probing the port; a worker gets neither (nothing answers there). */
export function listening(port: number | undefined, probe: (port: number) => Step, portEnv?: string): Step[] {
  if (port === undefined) return [];
  // The app listens where its variable says, or on a fallback detect may have misread: setting the
  // variable makes the port it listens on the one EXPOSE names and the health check probes.
  const env: Step[] = portEnv ? [{ kind: 'env', vars: [[portEnv, String(port)]] }] : [];
  return [...env, { kind: 'expose', port }, probe(port)];
}
