import { type CheckResult, fail, pass } from '../check.js';

/**
 * The configured USER must resolve to a non-zero UID in the image's own /etc/passwd. A numeric UID is
 * preferred: Kubernetes' runAsNonRoot can only prove a number is not root, and a name that is missing
 * from /etc/passwd stops the container from starting at all.
 */
export function nonRootCheck(user: string, passwd: string | undefined): CheckResult {
  const name = user.split(':')[0]?.trim() ?? '';
  if (!name)
    return fail(
      'non-root',
      'no USER: the container runs as root; add USER with a numeric UID, e.g. USER 10001',
    );
  if (/^\d+$/.test(name)) {
    return Number(name) === 0
      ? fail('non-root', `USER ${user} is root; use a non-zero numeric UID such as 10001`)
      : pass('non-root', `runs as UID ${name} (numeric)`);
  }
  const entry = passwd
    ?.split('\n')
    .map((line) => line.split(':'))
    .find((fields) => fields[0] === name);
  if (!entry) {
    return fail(
      'non-root',
      `USER ${name} is not in the image's /etc/passwd${passwd === undefined ? ' (the image has none)' : ''}: the container cannot start; use a numeric UID`,
    );
  }
  const uid = Number(entry[2]);
  if (uid === 0) return fail('non-root', `USER ${name} is UID 0, which is root`);
  return pass(
    'non-root',
    `runs as ${name} (UID ${uid}); a numeric USER ${uid} would let Kubernetes' runAsNonRoot verify it`,
  );
}
