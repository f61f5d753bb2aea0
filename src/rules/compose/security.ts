/** Settings that hand the container control of the host. */

import { tokenIn } from '../../core/secret-names.js';
import type { ComposeRule } from '../rule.js';
import { at, environmentEntries, services } from './helpers.js';

export const composeNoPrivileged: ComposeRule = {
  kind: 'compose',
  id: 'compose-no-privileged',
  aliases: [],
  severity: 'error',
  fixable: false,
  docs: {
    summary: 'Do not run services privileged.',
    why: '`privileged: true` gives the container every capability and all host devices: root in the container is root on the host. Grant the one capability the service needs with `cap_add`, or the one device with `devices`.',
    bad: 'services:\n  app:\n    image: app:1.0\n    privileged: true\n',
    good: 'services:\n  app:\n    image: app:1.0\n    cap_add: [NET_BIND_SERVICE]\n',
  },
  check(context) {
    for (const [name, service] of services(context)) {
      if (service.privileged === true)
        context.report({
          range: at(context, ['services', name, 'privileged']),
          message: `${name} runs privileged: it can take over the host`,
        });
    }
  },
};

export const composeNoDockerSocket: ComposeRule = {
  kind: 'compose',
  id: 'compose-no-docker-socket',
  aliases: [],
  severity: 'error',
  fixable: false,
  docs: {
    summary: 'Do not mount the Docker socket into a service.',
    why: "Whoever can talk to /var/run/docker.sock can start a privileged container with the host's root file system mounted: the mount is root on the host. If a tool truly needs the API (a reverse proxy reading labels), put a filtering socket proxy in between and mount it read-only.",
    bad: 'services:\n  proxy:\n    image: traefik:v3.1\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock\n',
    good: 'services:\n  proxy:\n    image: traefik:v3.1\n    volumes:\n      - ./traefik.yaml:/etc/traefik/traefik.yaml:ro\n',
  },
  check(context) {
    for (const [name, service] of services(context)) {
      if (!Array.isArray(service.volumes)) continue;
      service.volumes.forEach((volume, index) => {
        const source =
          typeof volume === 'string' ? volume.split(':')[0] : (volume as { source?: unknown })?.source;
        if (typeof source === 'string' && /(^|\/)docker\.sock$/.test(source)) {
          context.report({
            range: at(context, ['services', name, 'volumes', index]),
            message: `${name} mounts the Docker socket: that is root on the host`,
          });
        }
      });
    }
  },
};

const HOST_NAMESPACES: Array<[string, string]> = [
  ['network_mode', 'the host network'],
  ['pid', 'the host process table'],
  ['ipc', 'host IPC'],
  ['userns_mode', 'the host user namespace'],
  ['uts', 'the host UTS namespace'],
];

export const composeNoHostNamespaces: ComposeRule = {
  kind: 'compose',
  id: 'compose-no-host-namespaces',
  aliases: [],
  severity: 'warning',
  fixable: false,
  docs: {
    summary: "Do not share the host's network, PID, IPC or user namespace.",
    why: '`network_mode: host` puts the service on every host interface (its ports are open without any `ports:` mapping) and lets it reach services bound to localhost; `pid: host` lets it see and signal every host process. Publish ports instead.',
    bad: 'services:\n  web:\n    image: nginx:1.27\n    network_mode: host\n',
    good: 'services:\n  web:\n    image: nginx:1.27\n    ports:\n      - "127.0.0.1:8080:80"\n',
  },
  check(context) {
    for (const [name, service] of services(context)) {
      for (const [key, what] of HOST_NAMESPACES) {
        if (service[key] === 'host')
          context.report({ range: at(context, ['services', name, key]), message: `${name} shares ${what}` });
      }
    }
  },
};

const DANGEROUS_CAPABILITIES = new Set([
  'ALL',
  'SYS_ADMIN',
  'SYS_MODULE',
  'SYS_PTRACE',
  'SYS_RAWIO',
  'SYS_BOOT',
  'NET_ADMIN',
  'DAC_READ_SEARCH',
  'SYS_TIME',
  'MAC_ADMIN',
  'BPF',
  'PERFMON',
]);

export const composeDangerousCapabilities: ComposeRule = {
  kind: 'compose',
  id: 'compose-dangerous-capabilities',
  aliases: [],
  severity: 'warning',
  fixable: false,
  docs: {
    summary: 'Do not add capabilities that amount to root on the host.',
    why: 'SYS_ADMIN, SYS_MODULE, SYS_PTRACE, NET_ADMIN, DAC_READ_SEARCH and `ALL` each open a known path out of the container (mounting file systems, loading kernel modules, reading other processes, reconfiguring the network). Most apps need none; binding a low port needs only NET_BIND_SERVICE.',
    bad: 'services:\n  app:\n    image: app:1.0\n    cap_add: [SYS_ADMIN]\n',
    good: 'services:\n  app:\n    image: app:1.0\n    cap_drop: [ALL]\n    cap_add: [NET_BIND_SERVICE]\n',
  },
  check(context) {
    for (const [name, service] of services(context)) {
      if (!Array.isArray(service.cap_add)) continue;
      service.cap_add.forEach((capability, index) => {
        const cap = String(capability).toUpperCase().replace(/^CAP_/, '');
        if (DANGEROUS_CAPABILITIES.has(cap))
          context.report({
            range: at(context, ['services', name, 'cap_add', index]),
            message: `${cap} gives ${name} a way out of the container`,
          });
      });
    }
  },
};

const SECRET_KEY =
  /(^|_)(PASSWORD|PASSWD|PWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIALS?)(_|$)/i;

export const composePlaintextSecrets: ComposeRule = {
  kind: 'compose',
  id: 'compose-plaintext-secrets',
  aliases: [],
  severity: 'warning',
  fixable: false,
  docs: {
    summary: 'Keep secret values out of environment: in the Compose file.',
    why: 'A password written into compose.yaml is committed with it, shown by `docker inspect` and inherited by every child process. Reference it from the environment or .env (`${DB_PASSWORD}`), or better mount it as a secret (`secrets:` with `POSTGRES_PASSWORD_FILE=/run/secrets/db_password`).',
    bad: 'services:\n  db:\n    image: postgres:16.4-bookworm\n    environment:\n      POSTGRES_PASSWORD: hunter2\n',
    good: 'services:\n  db:\n    image: postgres:16.4-bookworm\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n    secrets: [db_password]\nsecrets:\n  db_password:\n    file: ./secrets/db_password.txt\n',
  },
  check(context) {
    // Values from ${VAR} interpolation are not in the file: read the raw text, not the interpolated value.
    const raw = context.source.value as { services?: Record<string, unknown> } | undefined;
    for (const [name] of services(context)) {
      const rawService = raw?.services?.[name];
      if (!rawService || typeof rawService !== 'object') continue;
      for (const entry of environmentEntries(rawService as Record<string, unknown>, ['services', name])) {
        // A value in a known token format (sk_live_..., ghp_...) is a secret whatever its name.
        const token = entry.value === undefined ? undefined : tokenIn(entry.value);
        if (token) {
          context.report({
            range: at(context, entry.path),
            message: `${entry.key} holds a secret token (${token}) written in the file: use a secret or \${${entry.key}} from the environment`,
          });
          continue;
        }
        if (
          !SECRET_KEY.test(entry.key) ||
          /_FILE$/i.test(entry.key) ||
          // MySQL's and MariaDB's switches (MYSQL_RANDOM_ROOT_PASSWORD=yes) name a password but hold a flag.
          /_(?:RANDOM|ALLOW_EMPTY)_(?:ROOT_)?PASSWORD$/i.test(entry.key) ||
          entry.value === undefined ||
          entry.value === '' ||
          entry.value.includes('${') ||
          /^\$[A-Za-z_]/.test(entry.value)
        )
          continue;
        context.report({
          range: at(context, entry.path),
          message: `${entry.key} is written in the file: use a secret or \${${entry.key}} from the environment`,
        });
      }
    }
  },
};
