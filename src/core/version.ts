import { createRequire } from 'node:module';

/** shipshape's own version, from its package.json (two levels up from both src/core and dist/core). */
export function toolVersion(): string {
  return (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
}
