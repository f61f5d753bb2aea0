import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { toolVersion } from '../../src/core/version.js';
import { type GeneratedFile, planInit } from '../../src/init/index.js';
import { nodeFileSystem } from '../../src/io/file-system.js';
import { lintComposeText, lintDockerfileText, lintDockerignoreText } from '../../src/lint/engine.js';
import { loadComposeProject } from '../../src/parse/compose.js';
import { finalStage, parseDockerfile } from '../../src/parse/dockerfile.js';
import { parseDockerignore } from '../../src/parse/dockerignore.js';
import { parseYaml as parseComposeYaml } from '../../src/parse/yaml-source.js';

// Some fixtures pin old runtimes on purpose (go.mod toolchain, rust-toolchain, .nvmrc): init honours the
// pin, and these two rules then speak about its age. They may fire only where the Dockerfile's header
// already says so; an app that declares no version gets maintained lines and no finding at all.
const IMAGE_AGE_RULES = new Set(['base-image-eol', 'base-image-unmaintained']);

// The files people read (Dockerfile, .dockerignore, Compose, README, railway.toml, bake) are kept as
// reviewed golden files for every app. The files that differ little from one app to the next (the CI
// workflow, the Kubernetes manifests, the Swarm stack) are checked structurally below for every app, and
// kept as goldens for a few apps that show their variants. After a deliberate change,
// `npm run golden:update` rewrites them (and deletes goldens no longer generated); review the diff.
const root = join(import.meta.dirname, '..', '..');
const APPS = [
  { name: 'node-http', dir: 'examples/node-http' },
  { name: 'node-express-pg', dir: 'test/fixtures/apps/node-express-pg' },
  { name: 'node-nestjs', dir: 'test/fixtures/apps/node-nestjs' },
  { name: 'node-next-standalone', dir: 'test/fixtures/apps/node-next-standalone' },
  { name: 'node-fastify-bun', dir: 'test/fixtures/apps/node-fastify-bun' },
  { name: 'node-pnpm-unpinned', dir: 'test/fixtures/apps/node-pnpm-unpinned' },
  { name: 'node-native-sqlite', dir: 'test/fixtures/apps/node-native-sqlite' },
  { name: 'node-npmrc-peer-deps', dir: 'test/fixtures/apps/node-npmrc-peer-deps' },
  { name: 'bun-stdlib', dir: 'test/fixtures/apps/bun-stdlib' },
  { name: 'go-graceful', dir: 'test/fixtures/apps/go-graceful' },
  { name: 'ruby-rack-procfile', dir: 'test/fixtures/apps/ruby-rack-procfile' },
  { name: 'static-staticfile', dir: 'test/fixtures/apps/static-staticfile' },
  { name: 'go-root-main', dir: 'test/fixtures/apps/go-root-main' },
  { name: 'go-gin-cmd', dir: 'test/fixtures/apps/go-gin-cmd' },
  { name: 'go-cgo-sqlite', dir: 'test/fixtures/apps/go-cgo-sqlite' },
  { name: 'go-port-fallback', dir: 'test/fixtures/apps/go-port-fallback' },
  { name: 'python-flask-pip', dir: 'test/fixtures/apps/python-flask-pip' },
  { name: 'python-stdlib', dir: 'test/fixtures/apps/python-stdlib' },
  { name: 'python-django-uv', dir: 'test/fixtures/apps/python-django-uv' },
  { name: 'python-fastapi-poetry', dir: 'test/fixtures/apps/python-fastapi-poetry' },
  { name: 'python-requirements-includes', dir: 'test/fixtures/apps/python-requirements-includes' },
  { name: 'rust-axum', dir: 'test/fixtures/apps/rust-axum' },
  { name: 'rust-multi-bin', dir: 'test/fixtures/apps/rust-multi-bin' },
  { name: 'rust-stdlib', dir: 'test/fixtures/apps/rust-stdlib' },
  { name: 'java-spring-maven', dir: 'test/fixtures/apps/java-spring-maven' },
  { name: 'java-quarkus-gradle', dir: 'test/fixtures/apps/java-quarkus-gradle' },
  { name: 'ruby-stdlib', dir: 'test/fixtures/apps/ruby-stdlib' },
  { name: 'ruby-rails', dir: 'test/fixtures/apps/ruby-rails' },
  { name: 'ruby-sinatra', dir: 'test/fixtures/apps/ruby-sinatra' },
  { name: 'dotnet-webapi', dir: 'test/fixtures/apps/dotnet-webapi' },
  { name: 'dotnet-solution', dir: 'test/fixtures/apps/dotnet-solution' },
  { name: 'dotnet-console', dir: 'test/fixtures/apps/dotnet-console' },
  { name: 'node-vite-spa', dir: 'test/fixtures/apps/node-vite-spa' },
  { name: 'static-root', dir: 'test/fixtures/apps/static-root' },
  { name: 'static-public', dir: 'test/fixtures/apps/static-public' },
  { name: 'php-stdlib', dir: 'test/fixtures/apps/php-stdlib' },
  { name: 'php-laravel', dir: 'test/fixtures/apps/php-laravel' },
  { name: 'php-symfony', dir: 'test/fixtures/apps/php-symfony' },
  { name: 'php-vanilla', dir: 'test/fixtures/apps/php-vanilla' },
  // Workspaces: every app builds from the root, with the root's lockfile and .dockerignore.
  { name: 'mono-npm-workspaces', dir: 'test/fixtures/apps/mono-npm-workspaces' },
  { name: 'mono-npm-stdlib', dir: 'test/fixtures/apps/mono-npm-stdlib' },
  { name: 'mono-bun-root', dir: 'test/fixtures/apps/mono-bun-root' },
  { name: 'mono-pnpm-turbo', dir: 'test/fixtures/apps/mono-pnpm-turbo' },
  { name: 'mono-yarn-berry', dir: 'test/fixtures/apps/mono-yarn-berry' },
  { name: 'mono-cargo-workspace', dir: 'test/fixtures/apps/mono-cargo-workspace' },
  { name: 'mono-go-work', dir: 'test/fixtures/apps/mono-go-work' },
  { name: 'mono-go-stdlib', dir: 'test/fixtures/apps/mono-go-stdlib' },
  { name: 'mono-cargo-stdlib', dir: 'test/fixtures/apps/mono-cargo-stdlib' },
  // Independent apps in their own folders, tied together by docker-bake.hcl.
  { name: 'mono-frontend-backend', dir: 'test/fixtures/apps/mono-frontend-backend' },
];

/**
 * Files kept as goldens for every app. The proxy's files (Caddyfile, compose.proxy.yaml) differ only in
 * the app's name, port and probe: checked structurally below, kept with all files of ALL_FILES_KEPT.
 */
const READ_BY_PEOPLE =
  /(^|\/)(Dockerfile|\.dockerignore|compose(\.override|\.prod)?\.yaml|README\.Docker\.md|railway\.toml|docker-bake\.hcl)$/;
/**
 * Apps whose near-identical files are kept as goldens too: services and a database password
 * (node-express-pg), a framework's writable folders (php-laravel), a worker with no port (dotnet-console),
 * and a workspace built from its root (mono-pnpm-turbo).
 */
const ALL_FILES_KEPT = new Set(['node-express-pg', 'php-laravel', 'dotnet-console', 'mono-pnpm-turbo']);

const kept = (app: string, path: string) => ALL_FILES_KEPT.has(app) || READ_BY_PEOPLE.test(path);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

/** Railway's deploy settings init may write, with the type its config parser insists on. */
const RAILWAY_DEPLOY_FIELDS: Record<string, string> = {
  healthcheckPath: 'string',
  healthcheckTimeout: 'number',
  restartPolicyType: 'string',
  restartPolicyMaxRetries: 'number',
  numReplicas: 'number',
  drainingSeconds: 'number',
};

function generate(dir: string): GeneratedFile[] {
  return planInit(nodeFileSystem(), join(root, dir), toolVersion()).files;
}

/**
 * The files of each app init wrote for, by the folder with its Dockerfile, with paths relative to it.
 * Its workflow (at the repository root) and, in a workspace, the root's .dockerignore come along.
 */
function appFolders(
  files: GeneratedFile[],
): Array<{ folder: string; files: GeneratedFile[]; workspace: boolean }> {
  const folders = files.filter((file) => file.path.endsWith('Dockerfile')).map((file) => dirname(file.path));
  return folders.map((folder) => {
    const inside = (path: string) => folder === '.' || path.startsWith(`${folder}/`);
    const relative = (path: string) => (folder === '.' ? path : path.slice(folder.length + 1));
    const own = files
      .filter((file) => inside(file.path))
      .map((file) => ({ ...file, path: relative(file.path) }));
    const name = (own
      .find((file) => file.path === 'compose.yaml')
      ?.content.match(/^services:\n {2}([\w-]+):/m) ?? [])[1];
    const workflow = files.filter((file) => file.path === `.github/workflows/container-${name}.yml`);
    const workspace = !own.some((file) => file.path === '.dockerignore');
    const rootIgnore = workspace ? files.filter((file) => file.path === '.dockerignore') : [];
    return {
      folder,
      files: [...own.filter((file) => !file.path.startsWith('.github/')), ...workflow, ...rootIgnore],
      workspace,
    };
  });
}

describe('init output', () => {
  it('keeps goldens only for the apps it generates', () => {
    const folders = readdirSync(join(root, 'test', 'fixtures', 'golden'));
    expect(folders.sort()).toEqual(APPS.map((app) => app.name).sort());
  });

  for (const app of APPS) {
    describe(app.name, () => {
      const files = generate(app.dir);

      it('matches the reviewed golden files', () => {
        const goldenDir = join(root, 'test', 'fixtures', 'golden', app.name);
        const generated = files.filter((file) => kept(app.name, file.path));
        if (process.env.UPDATE_GOLDEN === '1') {
          for (const stale of filesUnder(goldenDir))
            if (!generated.some((file) => file.path === stale)) rmSync(join(goldenDir, stale));
          for (const file of generated) {
            mkdirSync(dirname(join(goldenDir, file.path)), { recursive: true });
            writeFileSync(join(goldenDir, file.path), file.content);
          }
        }
        for (const file of generated)
          expect(file.content, file.path).toBe(readFileSync(join(goldenDir, file.path), 'utf8'));
        // A golden file that init no longer writes is a change too: it must show in the diff.
        expect(filesUnder(goldenDir).sort()).toEqual(generated.map((file) => file.path).sort());
      });

      // Each app's files, with paths relative to its folder (the root's .dockerignore for a workspace).
      for (const { folder, files: appFiles, workspace } of appFolders(files)) {
        const at = (name: string) => join(root, app.dir, folder, name);
        describe(folder, () => {
          it('loads as Compose does, for development and for production, with no problem', () => {
            const read = (path: string) =>
              files.find((file) => join(root, app.dir, file.path) === path)?.content;
            // HOME: build secrets are read from the developer's own files (${HOME}/.npmrc).
            for (const [overlay, env] of [
              ['compose.override.yaml', { HOME: '/home/dev' }],
              ['compose.prod.yaml', { HOME: '/home/dev', DB_PASSWORD: 's3cret' }],
            ] as const) {
              const project = loadComposeProject({
                files: [at('compose.yaml'), at(overlay)],
                read,
                env,
                envFiles: [],
              });
              expect(
                project.problems.map((p) => `${p.file}: ${p.message}`),
                overlay,
              ).toEqual([]);
              // Production hands the databases their password as a secret file, never also as a
              // variable (the official images refuse both); development keeps the variable.
              for (const [service, definition] of Object.entries(project.services)) {
                const environment = (definition.environment ?? {}) as Record<string, unknown>;
                for (const key of ['POSTGRES_PASSWORD', 'MYSQL_PASSWORD']) {
                  if (!(key in environment) && !(`${key}_FILE` in environment)) continue;
                  const production = overlay === 'compose.prod.yaml';
                  expect(Object.keys(environment), `${overlay} ${service}`).toContain(
                    production ? `${key}_FILE` : key,
                  );
                  expect(Object.keys(environment), `${overlay} ${service}`).not.toContain(
                    production ? key : `${key}_FILE`,
                  );
                  if (production) {
                    expect(definition.secrets, service).toEqual(['db_password']);
                    expect(project.model.secrets).toMatchObject({
                      db_password: { file: './secrets/db_password.txt' },
                    });
                  }
                }
              }
            }
          });

          it('hands every build secret the Dockerfile mounts to docker build, Compose and the workflow', () => {
            const text = (path: string) => appFiles.find((file) => file.path === path)?.content ?? '';
            const mounted = [
              ...new Set(
                [...text('Dockerfile').matchAll(/--mount=type=secret,id=([\w-]+)/g)].map(
                  (m) => m[1] as string,
                ),
              ),
            ];
            const compose = parseComposeYaml(text('compose.yaml'), 'compose.yaml').value as {
              services: Record<string, { build?: { secrets?: string[] } }>;
              secrets?: Record<string, { file: string }>;
            };
            const built = Object.values(compose.services).filter((service) => service.build);
            const workflow =
              appFiles.find((file) => file.path.startsWith('.github/workflows/'))?.content ?? '';
            for (const id of mounted) {
              expect(text('Dockerfile'), id).toContain(`--secret id=${id},src=`);
              expect(text('README.Docker.md'), id).toContain(`--secret id=${id},src=`);
              for (const service of built) expect(service.build?.secrets, id).toContain(id);
              expect(compose.secrets?.[id]?.file, id).toMatch(/^\$\{HOME\}\//);
              expect(workflow, id).toMatch(new RegExp(`secrets: ${id}=\\$\\{\\{ secrets\\.[A-Z_]+ \\}\\}`));
            }
            if (!mounted.length) expect(compose.secrets).toBeUndefined();
          });

          it('writes a Swarm stack that loads as format 3 expects: version 3.8, images, no build', () => {
            const stack = appFiles.find((file) => file.path === 'docker-stack.yml');
            expect(stack).toBeDefined();
            const project = loadComposeProject({
              files: [at('docker-stack.yml')],
              read: () => stack?.content,
              env: { IMAGE: 'ghcr.io/acme/app:1.0.0', DB_PASSWORD: 's3cret' },
              envFiles: [],
            });
            expect(project.problems.map((p) => p.message)).toEqual([]);
            const value = parseYaml(stack?.content ?? '') as {
              version: string;
              services: Record<string, Record<string, unknown>>;
            };
            expect(value.version).toBe('3.8');
            for (const [name, service] of Object.entries(value.services)) {
              expect(service.image, name).toEqual(expect.any(String));
              expect(service, name).not.toHaveProperty('build');
              expect(service, name).not.toHaveProperty('depends_on');
              expect(service.deploy, name).toHaveProperty('restart_policy');
            }
          });

          it('writes a railway.toml that parses as TOML into the fields Railway reads, with their types', () => {
            const file = appFiles.find((candidate) => candidate.path === 'railway.toml');
            const config = parseToml(file?.content ?? '') as Record<string, Record<string, unknown>>;
            expect(Object.keys(config).sort()).toEqual(['$schema', 'build', 'deploy']);
            // A workspace member builds from the root, with the root as Railway's root directory.
            expect(config.build).toMatchObject({
              builder: 'DOCKERFILE',
              dockerfilePath: workspace ? `${folder}/Dockerfile` : 'Dockerfile',
            });
            expect(config.build?.watchPatterns).toEqual(
              expect.arrayContaining([folder === '.' ? '/**' : `/${folder}/**`]),
            );
            const deploy = config.deploy ?? {};
            expect(Object.keys(deploy).every((key) => RAILWAY_DEPLOY_FIELDS[key])).toBe(true);
            for (const [key, value] of Object.entries(deploy))
              expect(typeof value, key).toBe(RAILWAY_DEPLOY_FIELDS[key]);
          });

          it('writes a GitHub Actions workflow that lints, then builds the production target with cache, SBOM and provenance', () => {
            const file = appFiles.find((candidate) => candidate.path.startsWith('.github/workflows/'));
            const workflow = parseYaml(file?.content ?? '') as {
              on: Record<string, unknown>;
              jobs: {
                image: {
                  steps: { name?: string; uses?: string; run?: string; with?: Record<string, unknown> }[];
                };
              };
            };
            expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push']);
            const steps = workflow.jobs.image.steps;
            const at = (action: string) => steps.findIndex((step) => step.uses?.startsWith(action));
            const lint = steps.findIndex((step) => step.run?.includes(' lint --format github'));
            expect(lint).toBeGreaterThan(at('actions/checkout@'));
            expect(lint).toBeLessThan(at('docker/build-push-action@'));
            expect(steps[at('docker/build-push-action@')]?.with).toMatchObject({
              target: 'production',
              'cache-to': expect.stringMatching(/^type=gha,.*mode=max/),
              sbom: true,
              provenance: 'mode=max',
            });
            // Every action pinned to a commit, its release named in a comment (GitHub's SHA-pinning policy).
            for (const step of steps)
              if (step.uses) expect(step.uses).toMatch(/^[\w-]+\/[\w-]+(\/[\w-]+)?@[0-9a-f]{40}$/);
            for (const line of (file?.content ?? '').split('\n').filter((text) => text.includes('uses:')))
              expect(line).toMatch(/@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
            const upload = steps[at('github/codeql-action/upload-sarif@')];
            expect(upload).toMatchObject({ if: "github.event_name != 'pull_request'" });
            expect(steps.some((step) => step.run?.includes(' lint --format sarif '))).toBe(true);
          });

          it('writes Kubernetes manifests that run the image locked down, probed, and listed by the kustomization', () => {
            const manifests = appFiles.filter((file) => file.path.startsWith('k8s/'));
            const parsed = new Map(manifests.map((file) => [file.path, parseYaml(file.content)]));
            const kustomization = parsed.get('k8s/kustomization.yaml') as { resources: string[] };
            expect(kustomization.resources.map((name) => `k8s/${name}`).sort()).toEqual(
              [...parsed.keys()].filter((path) => !path.endsWith('kustomization.yaml')).sort(),
            );
            const deployment = parsed.get('k8s/deployment.yaml') as {
              spec: {
                template: { spec: { securityContext: object; containers: Record<string, unknown>[] } };
              };
            };
            const pod = deployment.spec.template.spec;
            expect(pod.securityContext).toMatchObject({ runAsNonRoot: true });
            const [container] = pod.containers;
            expect(container?.securityContext).toEqual({
              allowPrivilegeEscalation: false,
              readOnlyRootFilesystem: true,
              capabilities: { drop: ['ALL'] },
            });
            expect(container?.resources).toMatchObject({
              requests: { cpu: '100m' },
              limits: { memory: '512Mi' },
            });
            expect(Boolean(container?.readinessProbe)).toBe(parsed.has('k8s/service.yaml'));
          });

          it('writes deploy files that agree with the Dockerfile and with each other: port, writable paths, build', () => {
            const text = (path: string) => appFiles.find((file) => file.path === path)?.content ?? '';
            const model = parseDockerfile(text('Dockerfile'));
            const production = finalStage(model);
            const exposed = production?.instructions
              .filter((instruction) => instruction.keyword === 'EXPOSE')
              .map((instruction) => Number(instruction.args[0]?.raw));
            const deployment = parseYaml(text('k8s/deployment.yaml')) as {
              spec: {
                template: {
                  spec: {
                    containers: Array<{
                      ports?: Array<{ containerPort: number }>;
                      volumeMounts: Array<{ mountPath: string }>;
                    }>;
                  };
                };
              };
            };
            const [container] = deployment.spec.template.spec.containers;
            expect(container?.ports?.map((port) => port.containerPort) ?? [], 'k8s containerPort').toEqual(
              exposed,
            );
            // One set of writable folders on a read-only root, whichever way the app is run.
            const prod = parseComposeYaml(text('compose.prod.yaml'), 'compose.prod.yaml').value as {
              services: Record<string, { tmpfs?: string[] }>;
            };
            const stack = parseYaml(text('docker-stack.yml')) as {
              services: Record<string, { tmpfs?: string[] }>;
            };
            const tmpfs = Object.values(prod.services).find((service) => service.tmpfs)?.tmpfs;
            expect(
              Object.values(stack.services).find((service) => service.tmpfs)?.tmpfs,
              'swarm tmpfs',
            ).toEqual(tmpfs);
            expect(
              container?.volumeMounts.map((mount) => mount.mountPath),
              'k8s emptyDirs',
            ).toEqual(tmpfs);
            // The workflow builds what Railway and Compose build: the same Dockerfile from the same context.
            const workflow =
              appFiles.find((file) => file.path.startsWith('.github/workflows/'))?.content ?? '';
            const build = (
              parseYaml(workflow) as {
                jobs: { image: { steps: Array<{ uses?: string; with?: Record<string, string> }> } };
              }
            ).jobs.image.steps.find((step) => step.uses?.startsWith('docker/build-push-action@'))?.with;
            const railway = parseToml(text('railway.toml')) as { build: { dockerfilePath: string } };
            expect(build?.context, 'workflow context').toBe(
              workspace || folder === '.' ? '.' : `./${folder}`,
            );
            expect(build?.file, 'workflow Dockerfile').toBe(
              workspace ? `./${railway.build.dockerfilePath}` : undefined,
            );
          });

          it('puts Caddy in front of the one app with a port: healthy first, the app unpublished, TLS for DOMAIN', () => {
            const text = (path: string) => appFiles.find((file) => file.path === path)?.content;
            const proxyFile = text('compose.proxy.yaml');
            const webApps = appFolders(files).filter(({ files: own }) =>
              own.some((file) => file.path === 'Dockerfile' && /^EXPOSE /m.test(file.content)),
            );
            const exposed = Number(text('Dockerfile')?.match(/^EXPOSE (\d+)$/m)?.[1]);
            // Only where exactly one app of the repository listens: several would share ports 80 and 443.
            expect(proxyFile !== undefined, 'compose.proxy.yaml').toBe(webApps.length === 1 && exposed > 0);
            expect(text('Caddyfile') !== undefined, 'Caddyfile').toBe(proxyFile !== undefined);
            if (!proxyFile) return;
            const read = (path: string) =>
              files.find((file) => join(root, app.dir, file.path) === path)?.content;
            const load = (env: Record<string, string>) =>
              loadComposeProject({
                files: ['compose.yaml', 'compose.prod.yaml', 'compose.proxy.yaml'].map(at),
                read,
                env,
                envFiles: [],
              });
            const project = load({ HOME: '/home/dev', DB_PASSWORD: 's3cret', DOMAIN: 'app.example.com' });
            expect(project.problems.map((p) => `${p.file}: ${p.message}`)).toEqual([]);
            const { caddy, ...rest } = project.services;
            const [name] = Object.keys(
              (parseComposeYaml(text('compose.yaml') ?? '', 'compose.yaml').value as { services: object })
                .services,
            );
            const service = rest[name as string] as Record<string, unknown>;
            // The app is reachable only through Caddy, which waits for the app's own probe.
            expect(service.ports ?? [], 'app ports').toEqual([]);
            expect(caddy?.depends_on).toMatchObject({ [name as string]: { condition: 'service_healthy' } });
            const probe = text('Dockerfile')?.match(/^ {2}CMD (\[.*\])$/m)?.[1];
            expect((service.healthcheck as { test: string[] }).test).toEqual([
              'CMD',
              ...JSON.parse(probe ?? '[]'),
            ]);
            expect(caddy?.environment).toMatchObject({ DOMAIN: 'app.example.com' });
            expect(caddy).toMatchObject({
              read_only: true,
              cap_drop: ['ALL'],
              cap_add: ['NET_BIND_SERVICE'],
            });
            expect(caddy?.volumes).toEqual(
              expect.arrayContaining(['caddy-data:/data', 'caddy-config:/config']),
            );
            // Compose refuses to start the proxy without a domain.
            expect(
              load({ HOME: '/home/dev', DB_PASSWORD: 's3cret' })
                .problems.map((p) => p.message)
                .join('\n'),
            ).toContain('DOMAIN');
            // Caddy reaches the app by its service name, on the port its image exposes.
            expect(text('Caddyfile')).toContain(`\treverse_proxy ${name}:${exposed}\n`);
            expect(text('Caddyfile')).toMatch(/^\{\$DOMAIN\} \{$/m);
          });

          it('passes shipshape lint with no findings at all', () => {
            const dockerignore = appFiles.find((file) => file.path === '.dockerignore');
            const containerFiles = appFiles.filter((candidate) =>
              /^(Dockerfile|\.dockerignore|compose[^/]*\.yaml|docker-stack\.yml)$/.test(candidate.path),
            );
            const proxied = appFiles.some((candidate) => candidate.path === 'compose.proxy.yaml');
            expect(containerFiles).toHaveLength(proxied ? 7 : 6);
            for (const file of containerFiles) {
              const result = file.path.endsWith('.dockerignore')
                ? lintDockerignoreText(file.content, file.path)
                : file.path.startsWith('compose') || file.path === 'docker-stack.yml'
                  ? lintComposeText(file.content, file.path, {
                      absolutePath: at(file.path),
                      readFile: (path) => appFiles.find((f) => at(f.path) === path)?.content,
                    })
                  : lintDockerfileText(file.content, file.path, {
                      contextKnown: true,
                      dockerignore: dockerignore && parseDockerignore(dockerignore.content),
                    });
              expect(result.problems).toEqual([]);
              const header = file.content.match(/^(#.*\n)+/)?.[0] ?? '';
              for (const finding of result.findings.filter((f) => IMAGE_AGE_RULES.has(f.ruleId)))
                expect(header, `${file.path}: ${finding.message}`).toMatch(/end of life|no longer rebuilt/);
              expect(
                result.findings
                  .filter((f) => !IMAGE_AGE_RULES.has(f.ruleId))
                  .map((f) => `${file.path}:${f.range.start.line} ${f.ruleId}: ${f.message}`),
              ).toEqual([]);
            }
          });
        });
      }
    });
  }
});
