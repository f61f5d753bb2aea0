/**
 * Where shipshape's home page and rule pages live, read from package.json's `homepage` and `repository`.
 * Nothing is assumed: without those fields the links are simply absent, so no report points at a made-up site.
 */

import { createRequire } from 'node:module';
import { toolVersion } from '../core/version.js';

export interface ProjectLinks {
  /** The tool's home page, for SARIF's `informationUri`. */
  informationUri: string | undefined;
  /** The page documenting a rule, when the repository's host serves files by path. */
  ruleDocUri(ruleId: string): string | undefined;
}

export interface PackageFields {
  version?: string;
  homepage?: string;
  repository?: string | { type?: string; url?: string; directory?: string };
}

export const NO_LINKS: ProjectLinks = { informationUri: undefined, ruleDocUri: () => undefined };

/** npm's repository forms: `github:o/r`, `o/r`, `git+https://github.com/o/r.git`, `git@github.com:o/r.git`. */
export function repositoryWebUrl(repository: PackageFields['repository']): string | undefined {
  const raw = typeof repository === 'string' ? repository : repository?.url;
  if (!raw) return undefined;
  const shorthand = /^(?:(github|gitlab|bitbucket):)?([\w.-]+)\/([\w.-]+)$/.exec(raw);
  if (shorthand) {
    const host = { github: 'github.com', gitlab: 'gitlab.com', bitbucket: 'bitbucket.org' }[
      (shorthand[1] ?? 'github') as 'github'
    ];
    return `https://${host}/${shorthand[2]}/${(shorthand[3] as string).replace(/\.git$/, '')}`;
  }
  const scp = /^git@([^:]+):(.+?)(?:\.git)?$/.exec(raw);
  if (scp) return `https://${scp[1]}/${scp[2]}`;
  const url = /^(?:git\+)?(https?|git|ssh):\/\/(?:[^@/]+@)?([^/]+)\/(.+?)(?:\.git)?\/?$/.exec(raw);
  if (url) return `https://${url[2]}/${url[3]}`;
  return undefined;
}

export function projectLinks(fields: PackageFields): ProjectLinks {
  const repository = repositoryWebUrl(fields.repository);
  const directory =
    typeof fields.repository === 'object' && fields.repository.directory
      ? `${fields.repository.directory.replace(/^\/|\/$/g, '')}/`
      : '';
  // GitHub and GitLab both serve a file at <repo>/blob/<ref>/<path>; the tag matches the published version.
  const blob =
    repository && /^https:\/\/(github\.com|gitlab\.com)\//.test(repository)
      ? `${repository}${repository.includes('gitlab.com') ? '/-' : ''}/blob/${fields.version ? `v${fields.version}` : 'HEAD'}/${directory}`
      : undefined;
  return {
    informationUri: fields.homepage ?? repository,
    ruleDocUri: (ruleId) => (blob ? `${blob}docs/rules/${ruleId}.md` : undefined),
  };
}

/** shipshape's own links, from the package.json it ships with. */
export function toolProjectLinks(): ProjectLinks {
  const fields = createRequire(import.meta.url)('../../package.json') as PackageFields;
  return projectLinks({ ...fields, version: fields.version ?? toolVersion() });
}
