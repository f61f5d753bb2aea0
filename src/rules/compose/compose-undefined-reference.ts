import type { ComposeRule } from '../rule.js';
import { at, isMapping, project, services } from './helpers.js';

/** The names a service refers to in one section, with the path of each reference. */
function references(
  service: Record<string, unknown>,
  section: string,
): Array<[string, Array<string | number>]> {
  const value = service[section];
  if (section === 'volumes') {
    if (!Array.isArray(value)) return [];
    return value.flatMap((volume, index): Array<[string, Array<string | number>]> => {
      if (typeof volume === 'string') {
        const source = volume.split(':')[0] ?? '';
        // A named volume has no slash and does not start with . or ~ (those are bind mounts); one part alone is anonymous.
        return volume.includes(':') && /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(source) ? [[source, [index]]] : [];
      }
      if (isMapping(volume) && volume.type === 'volume' && typeof volume.source === 'string')
        return [[volume.source, [index]]];
      return [];
    });
  }
  if (Array.isArray(value)) {
    return value.flatMap((item, index): Array<[string, Array<string | number>]> => {
      if (typeof item === 'string') return [[item, [index]]];
      if (isMapping(item) && typeof item.source === 'string') return [[item.source, [index]]];
      return [];
    });
  }
  if (isMapping(value))
    return Object.keys(value).map((key): [string, Array<string | number>] => [key, [key]]);
  return [];
}

const SECTIONS: Array<[string, string]> = [
  ['volumes', 'volume'],
  ['networks', 'network'],
  ['secrets', 'secret'],
  ['configs', 'config'],
];

export const composeUndefinedReference: ComposeRule = {
  kind: 'compose',
  id: 'compose-undefined-reference',
  aliases: [],
  severity: 'error',
  fixable: false,
  docs: {
    summary:
      'Declare every named volume, network, secret and config a service uses, and every service it depends on.',
    why: 'A named volume, network, secret or config must be declared at the top level, and `depends_on` must name a service: otherwise `docker compose up` refuses the project. A typo in a volume name would otherwise be caught only at deploy time.',
    bad: 'services:\n  db:\n    image: postgres:16.4-bookworm\n    volumes:\n      - pgdata:/var/lib/postgresql/data\n',
    good: 'services:\n  db:\n    image: postgres:16.4-bookworm\n    volumes:\n      - pgdata:/var/lib/postgresql/data\nvolumes:\n  pgdata: {}\n',
  },
  messages: {
    declaredUnderTop: '{noun} {reference} is not declared under top-level {section}:',
    dependsNamesWhich: 'depends_on names {dependency}, which is not a service here',
  },
  check(context) {
    // Declarations count from the whole project this file is loaded in: its base file and includes.
    const whole = project(context);
    const keys = (value: unknown) => Object.keys(isMapping(value) ? value : {});
    const declared = (section: string) => new Set([...keys(context.value[section]), ...keys(whole[section])]);
    const known = Object.fromEntries(SECTIONS.map(([section]) => [section, declared(section)]));
    const serviceNames = new Set([...services(context).map(([name]) => name), ...keys(whole.services)]);
    for (const [name, service] of services(context)) {
      for (const [section, noun] of SECTIONS) {
        for (const [reference, path] of references(service, section)) {
          if (!known[section]?.has(reference) && !(section === 'networks' && reference === 'default')) {
            context.report({
              // In mapping form the reference is the key (`networks: { backend: {...} }`), not its value.
              range: at(context, ['services', name, section, ...path], isMapping(service[section])),
              messageId: 'declaredUnderTop',
              data: { noun, reference, section },
            });
          }
        }
      }
      const dependsOn = Array.isArray(service.depends_on)
        ? service.depends_on.map(String)
        : isMapping(service.depends_on)
          ? Object.keys(service.depends_on)
          : [];
      dependsOn.forEach((dependency, index) => {
        if (!serviceNames.has(dependency)) {
          const path = Array.isArray(service.depends_on) ? [index] : [dependency];
          context.report({
            range: at(context, ['services', name, 'depends_on', ...path], !Array.isArray(service.depends_on)),
            messageId: 'dependsNamesWhich',
            data: { dependency },
          });
        }
      });
    }
  },
};
