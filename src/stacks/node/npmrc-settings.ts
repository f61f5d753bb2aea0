/**
 * The install settings of a project's .npmrc (legacy-peer-deps, engine-strict, shamefully-hoist...), as
 * the npm_config_* variables npm, pnpm and Yarn 1 read. The generated .dockerignore leaves every .npmrc
 * out of the build context, since one may hold a token; without its settings `npm ci` can fail on a
 * lockfile written under them (ERESOLVE on peer dependencies written with legacy-peer-deps).
 */

/**
 * Each `key=value` line, but registries, credentials and scoped (`//host/:`) lines, which the registry
 * secret covers, and values that read the environment (`${NPM_TOKEN}`), which a build does not have.
 */
export function npmrcSettings(npmrc: string | undefined): Array<[string, string]> {
  const settings: Array<[string, string]> = [];
  for (const line of (npmrc ?? '').split(/\r?\n/)) {
    const setting = /^\s*([a-z][a-z0-9-]*)\s*=\s*(.*?)\s*$/i.exec(line);
    if (!setting?.[1] || setting[2] === undefined) continue;
    const [key, raw] = [setting[1].toLowerCase(), setting[2]];
    // Certificates (ca, cafile, cert, key) name files on the developer's machine.
    if (/^(?:registry|ca|cafile|cert|key|_.*)$/.test(key) || /auth|password|token/.test(key)) continue;
    const value = raw.replace(/^"(.*)"$/, '$1').replace(/^'(.*)'$/, '$1');
    if (value.includes('${') || !/^[\w.:/@^~<>=*+-]+$/.test(value)) continue;
    settings.push([`npm_config_${key.replace(/-/g, '_')}`, value]);
  }
  return settings;
}
