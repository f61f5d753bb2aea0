import type { ImageInfo } from '../../docker/engine.js';
import { type CheckResult, fail, pass } from '../check.js';
import type { RunObservation } from '../observe-run.js';

/** The image's health check (or the one given) must pass on a running container; else its port must answer. */
export function healthcheckCheck(image: ImageInfo, run: RunObservation, timeoutSeconds: number): CheckResult {
  const notUp = notRunning(run);
  if (notUp) return fail('healthcheck', notUp);
  const port = run.portAnswer
    ? `; port ${run.portAnswer.port} answers HTTP ${run.portAnswer.status} on 127.0.0.1`
    : '';
  if (run.health === 'healthy') return pass('healthcheck', `health check passed${port}`);
  if (run.health === 'unhealthy')
    return fail('healthcheck', `health check failed: the container is unhealthy${port}${logHint(run)}`);
  if (run.health === 'timeout')
    return fail('healthcheck', `not healthy within ${timeoutSeconds} s${port}${logHint(run)}`);
  if (run.portAnswer)
    return pass(
      'healthcheck',
      `no HEALTHCHECK, but port ${run.portAnswer.port} answers HTTP ${run.portAnswer.status} on 127.0.0.1; add a HEALTHCHECK so Docker and Compose can tell`,
    );
  if (!image.exposedPorts.length)
    return fail('healthcheck', 'no HEALTHCHECK and no EXPOSEd port: nothing can tell whether the app is up');
  return fail(
    'healthcheck',
    `no HEALTHCHECK, and port ${image.exposedPorts[0]} gave no HTTP answer within ${timeoutSeconds} s${logHint(run)}`,
  );
}

/** Why a run cannot be judged at all (it never started, or ended by itself), or undefined. */
export function notRunning(run: RunObservation): string | undefined {
  if (run.startError) return run.startError;
  if (run.exitedEarly)
    return `the container exited with ${run.exitedEarly.exitCode}${run.exitedEarly.oomKilled ? ' (out of memory)' : ''} before it was stopped${logHint(run)}`;
  return undefined;
}

export function logHint(run: RunObservation): string {
  const last = run.logTail
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .pop();
  if (!last) return '';
  return `; it logged: ${last.length > 140 ? `${last.slice(0, 139)}…` : last}`;
}
