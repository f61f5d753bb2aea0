import { canonicalImageName, compareVersions, versionOfTag } from '../../images/index.js';
import type { YamlPath } from '../../parse/yaml-source.js';
import type { ComposeRule } from '../rule.js';
import { at, environmentEntries, isMapping, services } from './helpers.js';

/**
 * A change an image made to what it expects of its volumes, from a given version on. Each entry comes
 * from the image's own release notes, named in `source`.
 */
interface VolumeContractChange {
  image: string;
  since: number[];
  /** The mount that no longer holds the data. */
  oldTarget: string;
  newTarget: string;
  /** An environment variable that restores the old layout when set. */
  overriddenBy: string;
  source: string;
}

const VOLUME_CONTRACT_CHANGES: VolumeContractChange[] = [
  {
    image: 'postgres',
    since: [18],
    oldTarget: '/var/lib/postgresql/data',
    newTarget: '/var/lib/postgresql',
    overriddenBy: 'PGDATA',
    // From 18 on PGDATA is /var/lib/postgresql/<major>/docker and the VOLUME /var/lib/postgresql, so that
    // pg_upgrade --link sees both majors on one mount.
    source: 'docker-library/postgres#1259',
  },
];

/** Short (`name:/path[:ro]`) and long (`{ target }`) volume syntax: the container path and its YAML path. */
function volumeTargets(
  service: Record<string, unknown>,
  base: YamlPath,
): Array<{ target: string; path: YamlPath }> {
  if (!Array.isArray(service.volumes)) return [];
  return service.volumes.flatMap((volume, index) => {
    const path = [...base, 'volumes', index];
    if (isMapping(volume)) return typeof volume.target === 'string' ? [{ target: volume.target, path }] : [];
    const parts = String(volume).split(':');
    // `/anon` alone is an anonymous volume at that path; `src:/path` or `src:/path:ro` name it second.
    const target = parts.length === 1 ? parts[0] : parts[1];
    return target ? [{ target, path }] : [];
  });
}

const normalise = (path: string) => path.replace(/\/+$/, '') || '/';

export const composeImageContract: ComposeRule = {
  kind: 'compose',
  id: 'compose-image-contract',
  aliases: [],
  severity: 'error',
  fixable: false,
  docs: {
    summary: 'Mount data volumes where the image version you run keeps its data.',
    why: 'Images sometimes move their data. From 18 on, the postgres image keeps its cluster under /var/lib/postgresql/18/docker and declares /var/lib/postgresql as its volume (docker-library/postgres#1259). A volume still mounted on /var/lib/postgresql/data is then either ignored, with the data going into an anonymous volume that is lost when the container is re-created, or, when it holds a cluster from an older major, the container refuses to start. Mount the new path, or set PGDATA to keep the old layout on purpose.',
    bad: 'services:\n  db:\n    image: postgres:18-trixie\n    volumes:\n      - pgdata:/var/lib/postgresql/data\nvolumes:\n  pgdata: {}\n',
    good: 'services:\n  db:\n    image: postgres:18-trixie\n    volumes:\n      - pgdata:/var/lib/postgresql\nvolumes:\n  pgdata: {}\n',
  },
  check(context) {
    for (const [name, service] of services(context)) {
      if (typeof service.image !== 'string' || service.image.includes('$')) continue;
      const [reference = ''] = service.image.split('@');
      const slash = reference.lastIndexOf('/');
      const colon = reference.lastIndexOf(':');
      const image = canonicalImageName(colon > slash ? reference.slice(0, colon) : reference);
      const tag = colon > slash ? reference.slice(colon + 1) : 'latest';
      const base: YamlPath = ['services', name];
      for (const change of VOLUME_CONTRACT_CHANGES) {
        if (image !== change.image) continue;
        const version = versionOfTag(image, tag);
        if (!version || compareVersions(version, change.since) < 0) continue;
        if (
          environmentEntries(service, base).some((entry) => entry.key === change.overriddenBy && entry.value)
        )
          continue;
        for (const volume of volumeTargets(service, base)) {
          if (normalise(volume.target) !== change.oldTarget) continue;
          context.report({
            range: at(context, volume.path),
            message: `${service.image} keeps its data under ${change.newTarget}, not ${change.oldTarget}: mount the volume on ${change.newTarget} (or set ${change.overriddenBy}) (${change.source})`,
          });
        }
      }
    }
  },
};
