import { describe, expect, it } from 'vitest';
import { type ComposeLoadOptions, loadComposeProject } from './compose.js';
import { parseEnvFile } from './env-file.js';

const yaml = (...lines: string[]) => `${lines.join('\n')}\n`;

function project(files: Record<string, string>, options: Partial<ComposeLoadOptions> = {}) {
  const tree = new Map(Object.entries(files).map(([path, text]) => [`/p/${path}`, text]));
  return loadComposeProject({
    files: ['/p/compose.yaml'],
    read: (path) => tree.get(path),
    env: {},
    ...options,
  });
}

describe('merging compose.yaml with compose.override.yaml', () => {
  const files = {
    'compose.yaml': yaml(
      'services:',
      '  web:',
      '    build: .',
      '    command: ["node", "dist/main.js"]',
      '    environment: [NODE_ENV=production, LOG_LEVEL=info]',
      '    ports: ["8080:3000"]',
      '    dns: [1.1.1.1]',
      '    volumes: ["data:/data"]',
      'volumes:',
      '  data: {}',
    ),
    'compose.override.yaml': yaml(
      'services:',
      '  web:',
      '    build: { target: development }',
      '    command: npm run dev',
      '    environment: { NODE_ENV: development, DEBUG: "1" }',
      '    ports: ["8080:3000", "9229:9229"]',
      '    dns: [1.1.1.1, 8.8.8.8]',
      '    volumes: ["./src:/data"]',
    ),
  };
  const result = project(files, { files: ['/p/compose.yaml', '/p/compose.override.yaml'] });
  const web = result.services.web as Record<string, unknown>;

  it('merges mappings and the short build syntax', () => {
    expect(result.problems).toEqual([]);
    expect(web.build).toEqual({ context: '.', target: 'development' });
  });

  it('replaces commands, merges environment lists and maps as one mapping', () => {
    expect(web.command).toBe('npm run dev');
    expect(web.environment).toEqual({ NODE_ENV: 'development', LOG_LEVEL: 'info', DEBUG: '1' });
  });

  it('merges ports and volumes by their target, and appends unique dns entries', () => {
    expect(web.ports).toEqual(['8080:3000', '9229:9229']);
    expect(web.volumes).toEqual(['./src:/data']);
    expect(web.dns).toEqual(['1.1.1.1', '8.8.8.8']);
  });
});

describe('interpolation', () => {
  const files = {
    '.env': yaml('TAG=1.2.3', 'PORT=3000', '# a comment', 'EMPTY='),
    'compose.yaml': yaml(
      'services:',
      '  web:',
      '    image: "registry.example/web:${TAG}"',
      '    ports: ["${HOST_PORT:-8080}:${PORT}"]',
      '    environment:',
      '      PRICE: "$$5"',
      '      FALLBACK: "${EMPTY:-used} ${EMPTY-kept}"',
      '      NESTED: "${MISSING:-${TAG}}"',
      '      ALT: "${TAG:+set}"',
      '      UNSET: "$NOPE"',
    ),
  };

  it('reads .env, lets the shell win, and applies the ${VAR...} family and $$', () => {
    const result = project(files, { env: { TAG: '2.0.0' } });
    const web = result.services.web as Record<string, unknown>;
    expect(web.image).toBe('registry.example/web:2.0.0');
    expect(web.ports).toEqual(['8080:3000']);
    expect(web.environment).toEqual({
      PRICE: '$5',
      FALLBACK: 'used ',
      NESTED: '2.0.0',
      ALT: 'set',
      UNSET: '',
    });
  });

  it('warns about an unset variable at its line', () => {
    const warnings = project(files).problems.filter((p) => p.kind === 'interpolation');
    expect(warnings.map((w) => [w.level, w.message, w.range?.start.line])).toEqual([
      ['warning', 'the "NOPE" variable is not set, defaulting to a blank string', 10],
    ]);
  });

  it('fails a required variable with its message', () => {
    const result = project({
      'compose.yaml': yaml(
        'services:',
        '  db:',
        '    image: postgres:16',
        '    environment:',
        '      POSTGRES_PASSWORD: ${DB_PASSWORD:?set DB_PASSWORD in .env}',
      ),
    });
    expect(result.problems.map((p) => [p.level, p.message])).toEqual([
      ['error', 'required variable DB_PASSWORD is missing a value: set DB_PASSWORD in .env'],
    ]);
  });
});

describe('extends', () => {
  it('extends a service from the same file and from another, rebasing the build context', () => {
    const result = project({
      'compose.yaml': yaml(
        'services:',
        '  base:',
        '    image: debian:bookworm-slim',
        '    environment: { A: "1" }',
        '  worker:',
        '    extends: base',
        '    environment: { B: "2" }',
        '  api:',
        '    extends: { file: services/common.yaml, service: app }',
        '    ports: ["80:80"]',
      ),
      'services/common.yaml': yaml('services:', '  app:', '    build: ./api', '    restart: unless-stopped'),
    });
    expect(result.problems).toEqual([]);
    expect(result.services.worker).toMatchObject({
      image: 'debian:bookworm-slim',
      environment: { A: '1', B: '2' },
    });
    expect(result.services.worker?.extends).toBeUndefined();
    expect(result.services.api).toMatchObject({
      build: { context: './services/api' },
      restart: 'unless-stopped',
      ports: ['80:80'],
    });
  });

  it('reports a cycle and an unknown base with their lines', () => {
    const result = project({
      'compose.yaml': yaml(
        'services:',
        '  a:',
        '    image: x',
        '    extends: b',
        '  b:',
        '    image: x',
        '    extends: a',
        '  c:',
        '    image: x',
        '    extends: nope',
      ),
    });
    const messages = result.problems.map((p) => `${p.range?.start.line}: ${p.message}`);
    expect(messages).toContain('10: extends names service "nope", which is not defined');
    expect(messages.some((m) => /circular extends/.test(m))).toBe(true);
  });
});

describe('include', () => {
  it('imports the resources of another project file', () => {
    const result = project({
      'compose.yaml': yaml(
        'include:',
        '  - infra/db.yaml',
        'services:',
        '  web:',
        '    image: web:1',
        '    depends_on: [db]',
      ),
      'infra/db.yaml': yaml('services:', '  db:', '    image: postgres:16', 'volumes:', '  pgdata: {}'),
    });
    expect(result.problems).toEqual([]);
    expect(Object.keys(result.services).sort()).toEqual(['db', 'web']);
    expect(result.model.volumes).toEqual({ pgdata: {} });
    expect(result.services.web?.depends_on).toEqual({ db: { condition: 'service_started', required: true } });
  });

  it('refuses a resource defined on both sides', () => {
    const result = project({
      'compose.yaml': yaml('include:', '  - other.yaml', 'services:', '  db:', '    image: mysql:8'),
      'other.yaml': yaml('services:', '  db:', '    image: postgres:16'),
    });
    expect(result.problems.map((p) => [p.range?.start.line, p.message])).toEqual([
      [4, 'services.db conflicts with the one imported by include[0]'],
    ]);
  });
});

describe('profiles', () => {
  const files = {
    'compose.yaml': yaml(
      'services:',
      '  web:',
      '    image: web:1',
      '  debug:',
      '    image: busybox:1',
      '    profiles: [debug]',
      '  seed:',
      '    image: seed:1',
      '    profiles: [tools, debug]',
    ),
  };

  it('leaves out services whose profiles are not active', () => {
    const result = project(files);
    expect(Object.keys(result.services)).toEqual(['web']);
    expect(result.inactiveServices).toEqual(['debug', 'seed']);
  });

  it('enables profiles from options and COMPOSE_PROFILES', () => {
    expect(Object.keys(project(files, { profiles: ['tools'] }).services)).toEqual(['web', 'seed']);
    expect(Object.keys(project(files, { env: { COMPOSE_PROFILES: 'debug' } }).services)).toEqual([
      'web',
      'debug',
      'seed',
    ]);
  });
});

describe('problems with positions', () => {
  it('gives a YAML syntax error its line and column', () => {
    const result = project({
      'compose.yaml': yaml('services:', '  web:', '    image: nginx', '   ports: [80]'),
    });
    expect(result.problems[0]).toMatchObject({
      kind: 'syntax',
      level: 'error',
      range: { start: { line: 4, column: 1 } },
    });
  });

  it('points schema errors at the offending key or value', () => {
    const result = project({
      'compose.yaml': yaml(
        'services:',
        '  web:',
        '    image: nginx',
        '    ports: "80"',
        '    restart: sometimes',
        '    bogus: 1',
      ),
    });
    const schema = result.problems
      .filter((p) => p.kind === 'schema')
      .map((p) => [p.range?.start.line, p.range?.start.column, p.message]);
    expect(schema).toContainEqual([4, 12, 'services.web.ports must be array']);
    expect(schema).toContainEqual([6, 5, "services.web.bogus additional property 'bogus' is not allowed"]);
  });

  it('reports a missing file without a range', () => {
    const result = project({}, { files: ['/p/nope.yaml'] });
    expect(result.problems).toMatchObject([{ kind: 'structure', message: 'no such file', range: undefined }]);
  });
});

describe('merge tags and the model', () => {
  it('applies !reset and !override from an override file', () => {
    const result = project(
      {
        'compose.yaml': yaml(
          'services:',
          '  web:',
          '    image: web:1',
          '    ports: ["80:80", "443:443"]',
          '    environment: { A: "1", B: "2" }',
          '    build: { context: ., target: prod }',
        ),
        'compose.override.yaml': yaml(
          'services:',
          '  web:',
          '    ports: !override ["8080:80"]',
          '    environment: !reset {}',
          '    build: !reset null',
        ),
      },
      { files: ['/p/compose.yaml', '/p/compose.override.yaml'] },
    );
    expect(result.problems).toEqual([]);
    expect(result.services.web).toEqual({ image: 'web:1', ports: ['8080:80'] });
  });

  it('drops the obsolete version key and names the project from name:, the env, or the folder', () => {
    const named = project({ 'compose.yaml': yaml('version: "3.9"', 'name: My_Shop!', 'services: {}') });
    expect(named.model.version).toBeUndefined();
    expect(named.name).toBe('my_shop');
    expect(project({ 'compose.yaml': 'services: {}\n' }).name).toBe('p');
    expect(
      project({ 'compose.yaml': 'services: {}\n' }, { env: { COMPOSE_PROJECT_NAME: 'ci-run' } }).name,
    ).toBe('ci-run');
  });
});

describe('parseEnvFile', () => {
  it('reads quotes, export, comments and references as Compose does', () => {
    const entries = parseEnvFile(
      yaml(
        '# comment',
        'export A=1',
        "B='$A literal'",
        'C="line\\nbreak"',
        'D=${A}-x # trailing',
        'E = spaced',
        'MULTI="one',
        'two"',
      ),
    );
    expect(Object.fromEntries(entries.map((e) => [e.key, e.value]))).toEqual({
      A: '1',
      B: '$A literal',
      C: 'line\nbreak',
      D: '1-x',
      E: 'spaced',
      MULTI: 'one\ntwo',
    });
  });
});
