/**
 * Production files (compose.prod.yaml, docker-compose.production.yml, stack files): limits, restart,
 * log rotation, and the hardening hints. Development files are left alone: they trade these for speed.
 */

import type { ComposeContext } from '../rule.js';
import { type Mapping, services } from './helpers.js';

/** Services this file runs: built or pulled. A file that only overrides keys is not judged on what it omits. */
export function runnable(context: ComposeContext): Array<[string, Mapping]> {
  return services(context).filter(
    ([, service]) => service.image !== undefined || service.build !== undefined,
  );
}
