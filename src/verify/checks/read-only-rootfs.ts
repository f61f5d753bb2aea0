import { type CheckResult, fail, pass } from '../check.js';
import type { RunObservation } from '../observe-run.js';
import { logHint, notRunning } from './healthcheck.js';

/**
 * With `--read-only` and a tmpfs /tmp (and the folders given with --tmpfs) the container must start
 * and reach the same state as without.
 */
export function readOnlyRootfsCheck(run: RunObservation, writable: string[] = ['/tmp']): CheckResult {
  const notUp = notRunning(run);
  const how = `with --read-only and a tmpfs ${writable.join(', ')}`;
  if (notUp)
    return fail(
      'read-only-rootfs',
      `${how}: ${notUp}; write only to ${writable.join(', ')} or a volume (--tmpfs adds a writable folder)`,
    );
  if (run.health === 'unhealthy' || run.health === 'timeout')
    return fail('read-only-rootfs', `${how} the container never became healthy${logHint(run)}`);
  if (run.health === 'healthy')
    return pass('read-only-rootfs', `${how} the container starts and becomes healthy`);
  if (run.portAnswer) return pass('read-only-rootfs', `${how} the container starts and its port answers`);
  return pass('read-only-rootfs', `${how} the container starts and keeps running`);
}
