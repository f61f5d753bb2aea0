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
export function listening(port: number | undefined, probe: (port: number) => Step): Step[] {
  return port === undefined ? [] : [{ kind: 'expose', port }, probe(port)];
}
