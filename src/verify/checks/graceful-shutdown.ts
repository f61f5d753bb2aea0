import type { ImageInfo } from '../../docker/engine.js';
import { type CheckResult, fail, pass } from '../check.js';
import type { RunObservation } from '../observe-run.js';
import { notRunning } from './healthcheck.js';

/** Processes that, as PID 1 and with no handler of their own, ignore SIGTERM. */
const RUNTIMES_IGNORING_SIGTERM = /(?:^|\/)(?:node|nodejs|python[\d.]*|ruby|php|bun|deno)$/;
const INITS = /(?:^|\/)(?:tini(?:-static)?|dumb-init|catatonit|s6-svscan|init)$/;
const PACKAGE_RUNNERS = /^(?:npm|yarn|pnpm|bun)$/;
const ENTRYPOINT_SCRIPT = /(?:^|\/)[\w-]*entrypoint(?:\.sh)?$/;

/**
 * `docker stop` sends SIGTERM and, after the timeout, SIGKILL (exit 137). A production image ends on
 * SIGTERM with 0, or 143 when the signal ends it through an init, well before the timeout.
 */
export function gracefulShutdownCheck(
  image: ImageInfo,
  run: RunObservation,
  timeoutSeconds: number,
): CheckResult {
  const notUp = notRunning(run);
  if (notUp) return fail('graceful-shutdown', notUp);
  if (!run.stop) return fail('graceful-shutdown', 'the container could not be stopped and inspected');
  const { seconds, exitCode } = run.stop;
  const took = `${seconds.toFixed(1)} s`;
  if (exitCode === 137 && !run.stop.oomKilled)
    return fail(
      'graceful-shutdown',
      `killed after ${took} (exit 137): SIGTERM did not stop it within ${timeoutSeconds} s; ${whySigtermIsLost(image)}`,
    );
  if (exitCode !== 0 && exitCode !== 143)
    return fail(
      'graceful-shutdown',
      `exited with ${exitCode} on SIGTERM after ${took}; a clean shutdown exits 0`,
    );
  if (seconds > timeoutSeconds / 2)
    return fail(
      'graceful-shutdown',
      `stopped after ${took}, more than half the ${timeoutSeconds} s stop timeout; finish in-flight work sooner`,
    );
  return pass(
    'graceful-shutdown',
    `stopped on ${image.stopSignal || 'SIGTERM'} in ${took} with exit ${exitCode}`,
  );
}

/** The likely reason, read from how the image starts its process. */
export function whySigtermIsLost(image: ImageInfo): string {
  // Official images' entrypoint scripts (docker-entrypoint.sh) end with `exec "$@"`: the command decides.
  const wrapper = image.entrypoint.length === 1 && ENTRYPOINT_SCRIPT.test(image.entrypoint[0] ?? '');
  const command = wrapper ? image.cmd : [...image.entrypoint, ...image.cmd];
  if (image.stopSignal && !/^(?:SIGTERM|TERM|15)$/i.test(image.stopSignal))
    return `STOPSIGNAL is ${image.stopSignal}; check that the app handles it`;
  const shell =
    (command[0] === '/bin/sh' || command[0] === 'sh' || command[0] === '/bin/bash') && command[1] === '-c';
  const line = shell ? (command[2] ?? '') : command.join(' ');
  const first = shell ? (line.trim().split(/\s+/)[0] ?? '') : (command[0] ?? '');
  if (shell && !/^exec\s/.test(line.trim()))
    return `the command runs under ${command[0]} -c, which does not pass SIGTERM to the app; use exec form, e.g. CMD ["node", "server.js"]`;
  const program = shell ? (line.trim().split(/\s+/)[1] ?? '') : first;
  if (PACKAGE_RUNNERS.test(first) || PACKAGE_RUNNERS.test(program))
    return `${first} runs the app as its child and does not wait for it to stop; start the app itself, e.g. CMD ["node", "server.js"]`;
  if (INITS.test(first))
    return 'an init runs the app, so the app itself ignores or outlives SIGTERM; handle it';
  if (RUNTIMES_IGNORING_SIGTERM.test(first))
    return `${first} is PID 1, where SIGTERM is ignored unless the app handles it; add an init (ENTRYPOINT ["tini", "--"]) or handle SIGTERM`;
  return 'the app does not end on SIGTERM; handle it, or run it under an init such as tini';
}
