import { describe, expect, it } from 'vitest';
import { ruleTester } from '../../../test/rule-tester.js';
import { lintWithRule } from '../examples.js';
import { composeContainerNameReplicas } from './compose-container-name-replicas.js';
import { composeDangerousCapabilities } from './compose-dangerous-capabilities.js';
import { composeDatastorePortExposed } from './compose-datastore-port-exposed.js';
import { composeDuplicateHostPorts } from './compose-duplicate-host-ports.js';
import { composeHardening } from './compose-hardening.js';
import { composeHealthyDependency } from './compose-healthy-dependency.js';
import { composeImagePinned } from './compose-image-pinned.js';
import { composeLogRotation } from './compose-log-rotation.js';
import { composeNoDockerSocket } from './compose-no-docker-socket.js';
import { composeNoHostNamespaces } from './compose-no-host-namespaces.js';
import { composeNoPrivileged } from './compose-no-privileged.js';
import { composeNoVersion } from './compose-no-version.js';
import { composePlaintextSecrets } from './compose-plaintext-secrets.js';
import { composeProductionLimits } from './compose-production-limits.js';
import { composeReferences } from './compose-references.js';
import { composeRestartPolicy } from './compose-restart-policy.js';
import { composeSchema } from './compose-schema.js';
import { composeUndefinedReference } from './compose-undefined-reference.js';
import { stackUnsupportedKeys } from './stack-unsupported-keys.js';
import { stackVersion } from './stack-version.js';

const y = (...lines: string[]) => `${lines.join('\n')}\n`;
const prod = { configRelativePath: 'compose.prod.yaml' };

ruleTester(composeSchema, {
  valid: [
    y('services:', '  web:', '    image: nginx:1.27', '    ports: ["80:80"]', 'x-anything: { free: form }'),
    // An override file unsets what the base file set: the merge tags are Compose's, not a type error.
    y(
      'services:',
      '  db:',
      '    image: mysql:8.4',
      '    environment:',
      '      MYSQL_RANDOM_ROOT_PASSWORD: "yes"',
      '      MARIADB_ALLOW_EMPTY_ROOT_PASSWORD: "no"',
    ),
    y(
      'services:',
      '  db:',
      '    environment:',
      '      POSTGRES_PASSWORD: !reset null',
      '    ports: !reset []',
    ),
  ],
  invalid: [
    {
      code: y(
        'services:',
        '  web:',
        '    image: nginx:1.27',
        '    healthcheck:',
        '      test: 42',
        '    enviroment: {}',
      ),
      lines: [5, 6],
    },
  ],
});

ruleTester(composeReferences, {
  valid: [y('services:', '  a:', '    image: x:1', '  b:', '    extends: a')],
  invalid: [{ code: y('services:', '  b:', '    image: x:1', '    extends: { service: nope }'), lines: [4] }],
});

ruleTester(composeNoVersion, {
  valid: [y('services: {}')],
  invalid: [
    {
      code: y('version: "3.8"', '', 'services:', '  web:', '    image: nginx:1.27'),
      lines: [1],
      output: y('', 'services:', '  web:', '    image: nginx:1.27'),
    },
    {
      name: 'in the middle, with a comment kept',
      code: y('# my app', 'name: shop', "version: '3'", 'services: {}'),
      lines: [3],
      output: y('# my app', 'name: shop', 'services: {}'),
    },
  ],
});

ruleTester(composeImagePinned, {
  valid: [
    y('services:', '  db:', '    image: postgres:16.4'),
    y('services:', '  db:', '    image: postgres@sha256:5aa0e5a5b0a9'),
    y('services:', '  app:', '    build: .', '    image: registry.example.com/app'),
    y('services:', '  app:', '    image: app:${TAG:-1.0}'),
    y('services:', '  r:', '    image: localhost:5000/team/app:1'),
  ],
  invalid: [
    { code: y('services:', '  db:', '    image: postgres'), lines: [3] },
    {
      code: y('services:', '  cache:', '    image: redis:latest', '  reg:', '    image: localhost:5000/app'),
      lines: [3, 5],
    },
  ],
});

ruleTester(composeNoPrivileged, {
  valid: [y('services:', '  a:', '    image: x:1', '    privileged: false')],
  invalid: [{ code: y('services:', '  a:', '    image: x:1', '    privileged: true'), lines: [4] }],
});

ruleTester(composeNoDockerSocket, {
  valid: [y('services:', '  a:', '    image: x:1', '    volumes: ["./data:/data", "/run/docker:/x"]')],
  invalid: [
    {
      code: y(
        'services:',
        '  a:',
        '    image: x:1',
        '    volumes:',
        '      - /var/run/docker.sock:/var/run/docker.sock:ro',
      ),
      lines: [5],
    },
    {
      code: y(
        'services:',
        '  a:',
        '    image: x:1',
        '    volumes:',
        '      - type: bind',
        '        source: /run/docker.sock',
        '        target: /d.sock',
      ),
      lines: [5],
    },
  ],
});

ruleTester(composeNoHostNamespaces, {
  valid: [y('services:', '  a:', '    image: x:1', '    network_mode: bridge', '    pid: "service:b"')],
  invalid: [
    {
      code: y('services:', '  a:', '    image: x:1', '    network_mode: host', '    pid: host'),
      lines: [4, 5],
    },
  ],
});

ruleTester(composeDangerousCapabilities, {
  valid: [y('services:', '  a:', '    image: x:1', '    cap_add: [NET_BIND_SERVICE, CHOWN]')],
  invalid: [
    {
      code: y(
        'services:',
        '  a:',
        '    image: x:1',
        '    cap_add:',
        '      - CAP_SYS_ADMIN',
        '      - NET_BIND_SERVICE',
        '      - all',
      ),
      lines: [5, 7],
    },
  ],
});

ruleTester(composePlaintextSecrets, {
  valid: [
    y(
      'services:',
      '  db:',
      '    image: postgres:16',
      '    environment:',
      '      POSTGRES_PASSWORD: ${DB_PASSWORD}',
      '      POSTGRES_PASSWORD_FILE: /run/secrets/pw',
      '      POSTGRES_USER: app',
    ),
    y(
      'services:',
      '  db:',
      '    image: postgres:16',
      '    environment:',
      '      - API_TOKEN',
      '      - SECRET_KEY=$SECRET_KEY',
    ),
    y(
      'services:',
      '  db:',
      '    image: mysql:8.4',
      '    environment:',
      '      MYSQL_RANDOM_ROOT_PASSWORD: "yes"',
      '      MARIADB_ALLOW_EMPTY_ROOT_PASSWORD: "no"',
    ),
    y(
      'services:',
      '  db:',
      '    environment:',
      '      POSTGRES_PASSWORD: !reset null',
      '      POSTGRES_PASSWORD_FILE: /run/secrets/db_password',
    ),
  ],
  invalid: [
    {
      code: y(
        'services:',
        '  api:',
        '    image: api:1',
        '    environment:',
        '      - JWT_SECRET=changeme',
        '      - STRIPE_API_KEY=sk_live_x',
        '      - LOG_LEVEL=info',
      ),
      lines: [5, 6],
    },
  ],
});

ruleTester(composeDatastorePortExposed, {
  valid: [
    y('services:', '  db:', '    image: postgres:16', '    ports: ["127.0.0.1:5432:5432"]'),
    y('services:', '  db:', '    image: postgres:16'),
    y('services:', '  web:', '    image: nginx:1.27', '    ports: ["80:80"]'),
    y(
      'services:',
      '  db:',
      '    image: docker.io/library/redis:7',
      '    ports:',
      '      - target: 6379',
      '        published: "6379"',
      '        host_ip: 127.0.0.1',
    ),
  ],
  invalid: [
    { code: y('services:', '  db:', '    image: postgres:16', '    ports: ["5432:5432"]'), lines: [4] },
    {
      code: y(
        'services:',
        '  cache:',
        '    image: bitnami/redis:7.4',
        '    ports:',
        '      - "0.0.0.0:6379:6379"',
        '      - 6380',
      ),
      lines: [5, 6],
    },
  ],
});

ruleTester(composeDuplicateHostPorts, {
  valid: [
    y(
      'services:',
      '  a:',
      '    image: x:1',
      '    ports: ["127.0.0.1:8080:80", "127.0.0.2:8080:80", "8080:80/udp"]',
    ),
    y(
      'services:',
      '  a:',
      '    image: x:1',
      '    ports: ["80"]',
      '  b:',
      '    image: y:1',
      '    ports: ["80"]',
    ),
  ],
  invalid: [
    {
      code: y(
        'services:',
        '  a:',
        '    image: x:1',
        '    ports: ["8080:80"]',
        '  b:',
        '    image: y:1',
        '    ports: ["127.0.0.1:8080:3000"]',
      ),
      lines: [7],
    },
  ],
});

ruleTester(composeHealthyDependency, {
  valid: [
    y(
      'services:',
      '  a:',
      '    image: x:1',
      '    depends_on:',
      '      b:',
      '        condition: service_started',
      '  b:',
      '    image: y:1',
    ),
  ],
  invalid: [
    {
      code: y(
        'services:',
        '  a:',
        '    image: x:1',
        '    depends_on:',
        '      b:',
        '        condition: service_healthy',
        '  b:',
        '    image: y:1',
        '    healthcheck:',
        '      disable: true',
      ),
      lines: [6],
    },
  ],
});

ruleTester(composeUndefinedReference, {
  valid: [
    y(
      'services:',
      '  a:',
      '    image: x:1',
      '    volumes: ["data:/d", "./src:/src", "/abs:/abs", "/anon"]',
      '    networks: [default, back]',
      '    secrets: [pw]',
      'volumes: { data: {} }',
      'networks: { back: {} }',
      'secrets: { pw: { file: ./pw } }',
    ),
  ],
  invalid: [
    {
      code: y(
        'services:',
        '  a:',
        '    image: x:1',
        '    volumes: ["dta:/d"]',
        '    networks: { front: {} }',
        '    secrets: [pw]',
        '    depends_on: [db]',
        'volumes: { data: {} }',
      ),
      lines: [4, 5, 6, 7],
    },
  ],
});

ruleTester(composeContainerNameReplicas, {
  valid: [y('services:', '  a:', '    image: x:1', '    container_name: a')],
  invalid: [
    {
      code: y('services:', '  a:', '    image: x:1', '    container_name: a', '    deploy: { replicas: 2 }'),
      lines: [4],
    },
  ],
});

ruleTester(composeProductionLimits, {
  valid: [
    {
      name: 'a development file is left alone',
      code: y('services:', '  a:', '    image: x:1'),
      options: { configRelativePath: 'compose.yaml' },
    },
    { code: y('services:', '  a:', '    image: x:1', '    mem_limit: 256m'), options: prod },
    {
      name: 'an override that only sets keys',
      code: y('services:', '  a:', '    restart: always'),
      options: prod,
    },
  ],
  invalid: [
    {
      code: y('services:', '  a:', '    image: x:1', '    deploy: { resources: { limits: { cpus: "1" } } }'),
      lines: [2],
      options: prod,
    },
  ],
});

ruleTester(composeRestartPolicy, {
  valid: [
    {
      code: y(
        'services:',
        '  a:',
        '    image: x:1',
        '    deploy: { restart_policy: { condition: on-failure } }',
      ),
      options: prod,
    },
  ],
  invalid: [
    { code: y('services:', '  a:', '    image: x:1', '    restart: "no"'), lines: [2], options: prod },
  ],
});

ruleTester(composeLogRotation, {
  valid: [
    { code: y('services:', '  a:', '    image: x:1', '    logging: { driver: local }'), options: prod },
  ],
  invalid: [
    {
      code: y('services:', '  a:', '    image: x:1', '    logging: { driver: json-file }'),
      lines: [2],
      options: prod,
    },
  ],
});

ruleTester(composeHardening, {
  valid: [
    {
      code: y(
        'services:',
        '  a:',
        '    image: x:1',
        '    read_only: true',
        '    cap_drop: [all]',
        '    security_opt: [no-new-privileges]',
      ),
      options: prod,
    },
  ],
  invalid: [
    {
      code: y('services:', '  a:', '    image: x:1', '    read_only: true'),
      lines: [2],
      options: prod,
      message: 'cap_drop: [ALL], no-new-privileges',
    },
  ],
});

const stack = { configRelativePath: 'docker-stack.yml' };

ruleTester(stackVersion, {
  valid: [
    { code: y('version: "3.8"', 'services: {}'), options: stack },
    { code: y("version: '3'", 'services: {}'), options: stack },
    // Not a stack file: compose-no-version speaks for those.
    { code: y('services: {}'), options: { configRelativePath: 'compose.yaml' } },
  ],
  invalid: [
    {
      code: y('services:', '  web:', '    image: nginx:1.27'),
      lines: [1],
      message: 'refuses a stack file without version',
      options: stack,
    },
    {
      code: y('version: "2.4"', 'services: {}'),
      lines: [1],
      message: 'is not Compose file format 3',
      options: stack,
    },
  ],
});

ruleTester(stackUnsupportedKeys, {
  valid: [
    {
      code: y(
        'version: "3.8"',
        'services:',
        '  api:',
        '    image: api:1.0',
        '    deploy:',
        '      replicas: 2',
      ),
      options: stack,
    },
    // compose.yaml may use all of them.
    {
      code: y('name: shop', 'services:', '  api:', '    build: .', '    restart: always'),
      options: { configRelativePath: 'compose.yaml' },
    },
  ],
  invalid: [
    {
      name: 'a build with no image cannot deploy',
      code: y('version: "3.8"', 'services:', '  api:', '    build: .'),
      lines: [4],
      message: 'api has a build and no image',
      options: stack,
    },
    {
      name: 'keys refused or ignored',
      code: y(
        'version: "3.8"',
        'name: shop',
        'services:',
        '  api:',
        '    image: api:1.0',
        '    restart: always',
        '    depends_on: [db]',
        '    security_opt: [no-new-privileges:true]',
        '  db:',
        '    image: postgres:17',
      ),
      lines: [2, 6, 7, 8],
      options: stack,
    },
  ],
});

describe('compose-no-version on a Swarm stack file', () => {
  it('compose-no-version leaves a stack file its version', () => {
    expect(lintWithRule(composeNoVersion, y('version: "3.8"', 'services: {}'), stack).findings).toEqual([]);
  });
});

describe('compose-hardening on a Swarm stack file', () => {
  it('compose-hardening asks a stack for read_only and cap_drop, not the security_opt Swarm ignores, and leaves datastores alone', () => {
    const code = y(
      'version: "3.8"',
      'services:',
      '  api:',
      '    image: api:1.0',
      '  db:',
      '    image: postgres:17-bookworm',
    );
    expect(lintWithRule(composeHardening, code, stack).findings.map((f) => f.message)).toEqual([
      'api could add read_only: true, cap_drop: [ALL]',
    ]);
  });
});
