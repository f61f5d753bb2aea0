/**
 * The real-app harness: one app folder of ../shared/realworld, put through what a user does with shipshape,
 * on the real engine. The app is copied to a temp dir without `_upstream/` (the tool under test must never
 * see the app's own container files), then: detect (compared with MANIFEST.tsv), init --yes (and again, to see
 * it change nothing), lint of what init wrote, `docker compose config`; unless the app's registry is out of
 * reach: shipshape build, `docker compose up --wait` of compose.yaml and of compose.yaml + compose.prod.yaml
 * with the secrets README.Docker.md says to create, the health path and `/` on 127.0.0.1, shipshape verify,
 * a rebuild after a one-line source change, and the app's own `_upstream` Dockerfile built the same way for
 * its size. Everything it creates is removed when it ends, fails or is interrupted.
 */

import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDockerfile } from '../../src/parse/dockerfile.js';
import { isDependencyInstall } from '../../src/verify/checks/cache-reuse.js';
import {
  buildCauses,
  failingStep,
  keyLines,
  missingBaseImages,
  outsideDownloads,
  unreachableRegistry,
  untrustedCertificate,
} from './classify.js';
import {
  appService,
  composeConfig,
  composeDown,
  productionSetup,
  publishedPort,
  serviceLogs,
  writeHarnessOverride,
} from './compose.js';
import { compareDetect, type DetectComparison, type DetectedApp, pickPrimaryApp } from './detect-compare.js';
import { expectedDetect, type ManifestRow } from './manifest.js';
import { installSignalHandlers, lastLines, onCleanup } from './processes.js';
import { docker, imageExists, imageSize, parseJson, shipshape } from './tools.js';

export type Outcome =
  | 'healthy'
  | 'unhealthy'
  | 'build failed'
  | 'not buildable here'
  | 'init failed'
  | 'static only'
  | 'static failed';

export interface UpResult {
  files: string[];
  healthy: boolean;
  detail: string;
  health?: { path: string; status: number | string };
  root?: { status: number | string };
}

export interface AppResult {
  name: string;
  stack: string;
  outcome: Outcome;
  /** One line: why the outcome is what it is. */
  reason: string;
  detect: DetectComparison | { error: string };
  init: { ok: boolean; files: string[]; idempotent: boolean | null; error?: string };
  lint: { findings: number; byRule: Record<string, number>; error?: string };
  composeConfig: { ok: boolean; error?: string };
  build?: {
    ok: boolean;
    seconds: number;
    sizeBytes?: number;
    step?: string;
    lastLines?: string[];
    reason?: string;
  };
  up: UpResult[];
  verify?: { passed: boolean; checks: { id: string; status: string; detail: string }[]; error?: string };
  rebuild?: {
    seconds: number;
    changedFile: string;
    reranInstall: boolean | null;
    reranInstalls?: string[];
    error?: string;
  };
  upstream?: { sizeBytes?: number; seconds?: number; reason?: string };
}

export interface HarnessOptions {
  /** Only the static part: detect, init, lint, compose config. */
  staticOnly?: boolean;
  /** Skip building the app's _upstream Dockerfile (slow; only for the size comparison). */
  skipUpstream?: boolean;
  /** Seconds `docker compose up --wait` may take. */
  waitSeconds?: number;
  /** CI's time budget: no production run when compose.yaml alone did not come up healthy. */
  skipProdWhenBaseFails?: boolean;
  /** Seconds verify waits for the container to become healthy (default 60). */
  verifyTimeoutSeconds?: number;
  log?: (line: string) => void;
}

interface DetectJson {
  monorepo: boolean;
  apps: DetectedApp[];
  libraries?: string[];
  warnings?: string[];
}

const GENERATED_LINTABLE = /(^|\/)(Dockerfile|\.dockerignore|compose[^/]*\.ya?ml|docker-stack\.yml)$/;

export async function runApp(
  appDir: string,
  row: ManifestRow,
  options: HarnessOptions = {},
): Promise<AppResult> {
  installSignalHandlers();
  const log = options.log ?? (() => {});
  const expected = expectedDetect(row);
  const result: AppResult = {
    name: row.name,
    stack: expected.stack,
    outcome: 'static failed',
    reason: '',
    detect: { error: 'not run' },
    init: { ok: false, files: [], idempotent: null },
    lint: { findings: 0, byRule: {} },
    composeConfig: { ok: false },
    up: [],
  };
  const id = `${row.name.toLowerCase().replace(/[^a-z0-9-]/g, '-')}-${process.pid}`;
  const project = `shipshape-rw-${id}`;
  const work = mkdtempSync(join(tmpdir(), `shipshape-rw-${row.name}-`));
  const removeWork = onCleanup(`remove ${work}`, async () => rmSync(work, { recursive: true, force: true }));
  try {
    const dir = join(work, 'app');
    copyWithoutUpstream(appDir, dir);

    // detect
    const detected = await shipshape(['detect', '--json', '.'], { cwd: dir, timeoutMs: 120_000 });
    const detectJson = parseJson<DetectJson>(detected.stdout);
    if (!detectJson) {
      result.detect = { error: lastLines(detected.stderr, 1)[0] ?? `detect exited ${detected.status}` };
    } else {
      result.detect = compareDetect(expected, detectJson.apps, detectJson.libraries ?? []);
    }
    const primary = detectJson ? pickPrimaryApp(expected, detectJson.apps) : undefined;

    // init, twice: the second run must change nothing
    const init = await shipshape(['init', '--yes', '--json', '.'], { cwd: dir, timeoutMs: 120_000 });
    const initJson = parseJson<{ files?: { path: string; status: string }[]; error?: { message: string } }>(
      init.stdout,
    );
    if (init.status !== 0 || !initJson?.files) {
      result.init = {
        ok: false,
        files: initJson?.files?.map((file) => file.path) ?? [],
        idempotent: null,
        error:
          initJson?.error?.message ??
          lastLines(init.stderr, 1)[0]?.replace(/^shipshape: /, '') ??
          `init exited ${init.status}`,
      };
      result.outcome = 'init failed';
      result.reason = `init: ${result.init.error}`;
      return result;
    }
    const again = await shipshape(['init', '--yes', '--json', '.'], { cwd: dir, timeoutMs: 120_000 });
    const againJson = parseJson<{ files?: { path: string; status: string }[] }>(again.stdout);
    result.init = {
      ok: true,
      files: initJson.files.map((file) => file.path),
      idempotent: againJson?.files ? againJson.files.every((file) => file.status === 'unchanged') : false,
    };
    log(`${row.name}: init wrote ${result.init.files.length} files`);

    // lint what init wrote
    const lintable = result.init.files.filter((file) => GENERATED_LINTABLE.test(file));
    if (lintable.length) {
      const lint = await shipshape(['lint', '--json', ...lintable], { cwd: dir, timeoutMs: 120_000 });
      const findings = parseJson<{ ruleId: string }[]>(lint.stdout);
      if (lint.status === 2 || !findings)
        result.lint.error = lastLines(lint.stderr, 1)[0] ?? `lint exited ${lint.status}`;
      else {
        result.lint.findings = findings.length;
        for (const finding of findings)
          result.lint.byRule[finding.ruleId] = (result.lint.byRule[finding.ruleId] ?? 0) + 1;
      }
    }

    // docker compose config, of the app's compose.yaml and with compose.prod.yaml on top
    const composeDir = findComposeDir(dir, result.init.files, primary?.path);
    const readmePath = composeDir ? join(composeDir, 'README.Docker.md') : undefined;
    const readme = readmePath && existsSync(readmePath) ? readFileSync(readmePath, 'utf8') : '';
    const prod = composeDir ? await productionSetup(composeDir, readme) : undefined;
    let model: Awaited<ReturnType<typeof composeConfig>>['model'];
    if (!composeDir) result.composeConfig = { ok: false, error: 'init wrote no compose.yaml' };
    else {
      const base = await composeConfig(composeDir, project, ['compose.yaml']);
      model = base.model;
      const prodFiles = prod?.files.length ? prod.files : ['compose.yaml', 'compose.prod.yaml'];
      const withProd = existsSync(join(composeDir, 'compose.prod.yaml'))
        ? await composeConfig(composeDir, project, prodFiles, prod?.env ?? {})
        : { error: undefined };
      const error =
        base.error ?? (withProd.error ? `with compose.prod.yaml: ${withProd.error}` : prod?.error);
      result.composeConfig = error ? { ok: false, error } : { ok: true };
    }
    const staticOk = !result.lint.error && result.composeConfig.ok;

    const registry = unreachableRegistry(expected.stack);
    if (registry) {
      result.outcome = 'not buildable here';
      result.reason = `not buildable here: needs ${registry}${staticOk ? '' : `; and ${staticReason(result)}`}`;
      return result;
    }
    if (options.staticOnly) {
      result.outcome = staticOk ? 'static only' : 'static failed';
      result.reason = staticOk ? 'static part only (--static)' : staticReason(result);
      return result;
    }
    if (!composeDir || !model) {
      result.outcome = 'static failed';
      result.reason = staticReason(result);
      return result;
    }
    const service = appService(model, primary?.name ?? row.name);
    const build = service ? model.services[service]?.build : undefined;
    if (!service || !build) {
      result.outcome = 'static failed';
      result.reason = 'compose.yaml has no service building the production target';
      return result;
    }

    // build, as `shipshape build` does it, with the context and Dockerfile compose.yaml names
    const image = `shipshape-rw/${id}:latest`;
    const removeImages = onCleanup(`remove ${image}`, () =>
      docker(['image', 'rm', '--force', image, `shipshape-rw/${id}:rebuild`, `shipshape-rw/${id}:upstream`], {
        timeoutMs: 120_000,
        cleanup: true,
      }),
    );
    try {
      const dockerfile = join(build.context, build.dockerfile ?? 'Dockerfile');
      const built = await buildImage(work, build.context, dockerfile, build.target, image, 'cold');
      result.build = built;
      log(
        `${row.name}: build ${built.ok ? `ok in ${built.seconds.toFixed(0)} s` : `failed: ${built.reason}`}`,
      );
      if (!built.ok) {
        result.outcome = 'build failed';
        result.reason = built.reason ?? 'build failed';
        return result;
      }

      // compose up --wait: compose.yaml alone (with the harness's port and image file), then with production
      // The port the image says it listens on first: a static site's web server is not the app's dev port.
      const appPort = (await exposedPort(image)) ?? primary?.port ?? expected.port ?? undefined;
      const override = writeHarnessOverride(composeDir, service, image, appPort ?? undefined, true);
      const healthPath = primary?.healthcheckPath ?? expected.healthPath ?? undefined;
      result.up.push(
        await upAndProbe(
          composeDir,
          `${project}-dev`,
          ['compose.yaml', override],
          service,
          appPort,
          healthPath,
          {},
          options,
        ),
      );
      const baseHealthy = result.up[0]?.healthy === true;
      if (options.skipProdWhenBaseFails && !baseHealthy) {
        result.up.push({
          files: ['compose.yaml', 'compose.prod.yaml'],
          healthy: false,
          detail: 'not run: compose.yaml alone was not healthy',
        });
      } else if (existsSync(join(composeDir, 'compose.prod.yaml'))) {
        if (prod?.error)
          result.up.push({
            files: ['compose.yaml', 'compose.prod.yaml'],
            healthy: false,
            detail: prod.error,
          });
        else {
          const prodOverride = writeHarnessOverride(composeDir, service, image, appPort ?? undefined, false);
          const files = [
            ...(prod?.files.length ? prod.files : ['compose.yaml', 'compose.prod.yaml']),
            prodOverride,
          ];
          // compose.prod.yaml publishes ${APP_PORT:-port}: an ephemeral loopback port keeps parallel runs apart.
          const env = { ...prod?.env, APP_PORT: '127.0.0.1:0' };
          result.up.push(
            await upAndProbe(
              composeDir,
              `${project}-prod`,
              files,
              service,
              appPort,
              healthPath,
              env,
              options,
            ),
          );
        }
      }

      // verify the image on its own
      const verified = await shipshape(
        [
          'verify',
          image,
          '--json',
          '--skip',
          'scan',
          '--timeout',
          String(options.verifyTimeoutSeconds ?? 60),
        ],
        {
          cwd: composeDir,
          timeoutMs: 600_000,
        },
      );
      const report = parseJson<{ passed: boolean; checks: { id: string; status: string; detail: string }[] }>(
        verified.stdout,
      );
      result.verify = report
        ? { passed: report.passed, checks: report.checks }
        : {
            passed: false,
            checks: [],
            error: lastLines(verified.stderr, 1)[0] ?? `verify exited ${verified.status}`,
          };

      // rebuild after a one-line source change
      const changed = sourceFileToChange(build.context, primary?.startCommand ?? null);
      if (changed) {
        appendComment(join(build.context, changed));
        const rebuilt = await buildImage(
          work,
          build.context,
          dockerfile,
          build.target,
          `shipshape-rw/${id}:rebuild`,
          'rebuild',
        );
        result.rebuild = {
          seconds: rebuilt.seconds,
          changedFile: changed,
          reranInstall: rebuilt.ok ? (rebuilt.reranInstalls?.length ?? 0) > 0 : null,
          reranInstalls: rebuilt.reranInstalls ?? [],
          ...(rebuilt.ok ? {} : { error: rebuilt.reason ?? 'rebuild failed' }),
        };
      }

      // the app's own Dockerfile, for its image size
      if (!options.skipUpstream)
        result.upstream = await buildUpstream(appDir, row.name, work, `shipshape-rw/${id}:upstream`);

      const unanswered = result.up.map(unansweredProbe).find(Boolean);
      const healthy = result.up.length > 0 && result.up.every((up) => up.healthy) && !unanswered;
      result.outcome = healthy ? 'healthy' : 'unhealthy';
      result.reason = healthy
        ? `healthy and answering under ${result.up.map((up) => up.files.join(' + ')).join(' and ')}`
        : (result.up.find((up) => !up.healthy)?.detail ?? unanswered ?? 'not healthy');
      return result;
    } finally {
      await removeImages();
    }
  } catch (error) {
    result.reason = `harness error: ${(error as Error).message}`;
    return result;
  } finally {
    await removeWork();
  }
}

function staticReason(result: AppResult): string {
  if (result.lint.error) return `lint: ${result.lint.error}`;
  if (result.composeConfig.error) return `docker compose config: ${result.composeConfig.error}`;
  return 'static part failed';
}

function copyWithoutUpstream(from: string, to: string): void {
  cpSync(from, to, {
    recursive: true,
    verbatimSymlinks: true,
    filter: (source) => relative(from, source).split('/')[0] !== '_upstream',
  });
}

/** The folder whose compose.yaml runs the app: the app's own in a monorepo, else the root. */
function findComposeDir(dir: string, written: string[], appPath: string | undefined): string | undefined {
  const composeFiles = written.filter((file) => /(^|\/)compose\.yaml$/.test(file));
  const own = appPath && appPath !== '.' ? composeFiles.find((file) => dirname(file) === appPath) : undefined;
  const chosen = own ?? composeFiles.find((file) => dirname(file) === '.') ?? composeFiles[0];
  return chosen ? join(dir, dirname(chosen)) : undefined;
}

interface BuildOutcome {
  ok: boolean;
  seconds: number;
  sizeBytes?: number;
  step?: string;
  lastLines?: string[];
  reason?: string;
  /** The dependency installs that ran again instead of coming from the cache. */
  reranInstalls?: string[];
}

async function buildImage(
  work: string,
  context: string,
  dockerfile: string,
  target: string | undefined,
  tag: string,
  label: string,
): Promise<BuildOutcome> {
  const missing = await missingBases(dockerfile);
  if (missing.length)
    return {
      ok: false,
      seconds: 0,
      reason: `no stand-in for base image ${missing.join(', ')} (nothing can be pulled here)`,
    };
  const distrust = await untrustingBases(dockerfile);
  if (distrust.length) return { ok: false, seconds: 0, reason: distrust.join('; ') };
  const dockerLog = join(work, `docker-${label}.log`);
  writeFileSync(dockerLog, '');
  const args = [
    'build',
    context,
    '-f',
    dockerfile,
    '-t',
    tag,
    '--json',
    ...(target ? ['--target', target] : []),
  ];
  // A cold build uses no layer from an earlier run (the package managers' cache mounts do persist, as on a
  // developer's machine); the rebuild then shows what the layer cache saves.
  if (label !== 'rebuild') args.push('--no-cache');
  const built = await shipshape(args, { dockerLog, timeoutMs: 2_400_000 });
  const raw = readFileSync(dockerLog, 'utf8');
  const summary = parseJson<{
    sizeBytes: number | null;
    seconds: number;
    steps: { instruction: string; status: string }[];
  }>(built.stdout);
  if (built.status !== 0 || !summary) {
    const failed = failingStep(raw);
    const oneLine =
      lastLines(built.stderr, 1)[0]?.replace(/^shipshape: /, '') ?? `build exited ${built.status}`;
    const causes = [
      ...outsideDownloads(raw).map((what) => `downloads ${what} at install time, unreachable here`),
      ...(untrustedCertificate(raw)
        ? ["the base image does not trust this machine's CA (TLS to the registry fails)"]
        : []),
      ...buildCauses(raw),
    ];
    return {
      ok: false,
      seconds: built.seconds,
      ...(failed ? { step: failed.step, lastLines: failed.lines } : { lastLines: keyLines(raw.split('\n')) }),
      reason: causes.length ? causes.join('; ') : oneLine,
    };
  }
  return {
    ok: true,
    seconds: summary.seconds,
    ...(summary.sizeBytes ? { sizeBytes: summary.sizeBytes } : {}),
    reranInstalls: summary.steps
      .filter((step) => isDependencyInstall(step.instruction) && step.status !== 'cached')
      .map((step) => step.instruction.replace(/\s+/g, ' ').slice(0, 120)),
  };
}

function baseImages(dockerfile: string): string[] {
  const model = parseDockerfile(readFileSync(dockerfile, 'utf8'), dockerfile);
  return model.stages
    .filter((stage) => stage.parentStage === undefined && stage.baseImageExpanded.toLowerCase() !== 'scratch')
    .map((stage) => stage.baseImageExpanded);
}

// Node's fetch reads NODE_EXTRA_CA_CERTS as npm does, so one request tells whether an npm install in this
// image can reach the registry; an image without node (or without a shell) is not probed.
const NODE_TRUST_PROBE = `command -v node >/dev/null 2>&1 || exit 0
exec node -e "fetch('https://registry.npmjs.org/-/ping').then(() => process.exit(0), (e) => { console.error((e.cause && e.cause.code) || e.message); process.exit(3); })" 2>&1`;
const trust = new Map<string, Promise<string | undefined>>();

/**
 * Base images that cannot reach the npm registry because they do not trust this machine's CA: a stand-in's
 * fault, not the generated files', found in a second instead of after an npm install's retries.
 */
async function untrustingBases(dockerfile: string): Promise<string[]> {
  const verdicts = await Promise.all(
    [...new Set(baseImages(dockerfile))].map((image) => {
      let verdict = trust.get(image);
      if (!verdict) {
        verdict = docker(
          ['run', '--rm', '--network', 'bridge', '--entrypoint', 'sh', image, '-c', NODE_TRUST_PROBE],
          {
            timeoutMs: 60_000,
          },
        ).then((probe) =>
          probe.status === 3
            ? `stand-in ${image} does not trust this machine's CA (node fetch of the npm registry: ${probe.stdout.trim().split('\n').at(-1)})`
            : undefined,
        );
        trust.set(image, verdict);
      }
      return verdict;
    }),
  );
  return verdicts.filter((verdict): verdict is string => verdict !== undefined);
}

async function missingBases(dockerfile: string): Promise<string[]> {
  const bases = baseImages(dockerfile);
  const present = new Map<string, boolean>();
  for (const base of new Set(bases)) present.set(base, await imageExists(base));
  return missingBaseImages(bases, (image) => present.get(image) === true);
}

async function upAndProbe(
  dir: string,
  project: string,
  files: string[],
  service: string,
  port: number | undefined,
  healthPath: string | undefined,
  env: Record<string, string>,
  options: HarnessOptions,
): Promise<UpResult> {
  const shown = files.filter((file) => !file.includes('.shipshape-harness'));
  const model = await composeConfig(dir, project, files, env);
  if (model.error || !model.model)
    return { files: shown, healthy: false, detail: `compose config: ${model.error}` };
  // Service images that are neither built here nor present would be pulled, which cannot work here.
  for (const [name, entry] of Object.entries(model.model.services)) {
    if (entry.build || !entry.image) continue;
    if (!(await imageExists(entry.image)))
      return { files: shown, healthy: false, detail: `no stand-in for ${name}'s image ${entry.image}` };
  }
  const args = ['compose', '--project-name', project, ...files.flatMap((file) => ['-f', file])];
  const down = onCleanup(`compose down ${project}`, () => composeDown(dir, project, files, env));
  try {
    const wait = options.waitSeconds ?? 180;
    const up = await docker([...args, 'up', '--detach', '--wait', '--wait-timeout', String(wait)], {
      cwd: dir,
      env,
      timeoutMs: (wait + 900) * 1000,
    });
    if (up.status !== 0) {
      const logs = lastLines(await serviceLogs(dir, project, files, service), 3).join(' | ');
      const said = lastLines(up.stderr, 1)[0] ?? `exit ${up.status}`;
      return {
        files: shown,
        healthy: false,
        detail: `up --wait: ${said}${logs ? `; app log: ${logs}` : ''}`,
      };
    }
    const result: UpResult = { files: shown, healthy: true, detail: 'healthy' };
    if (port) {
      const published = await publishedPort(dir, project, files, service, port);
      if (!published) return { ...result, detail: `healthy, but port ${port} is not published` };
      if (healthPath) result.health = { path: healthPath, status: await httpStatus(published, healthPath) };
      result.root = { status: await httpStatus(published, '/') };
    }
    return result;
  } finally {
    await down();
  }
}

/**
 * Docker's health check runs inside the container; a user reaches the app from outside. Healthy counts only
 * when the health path answers below 400 and `/` answers at all from 127.0.0.1 through the published port.
 */
function unansweredProbe(up: UpResult): string | undefined {
  if (!up.healthy) return undefined;
  const name = up.files.join(' + ');
  if (up.health && !(typeof up.health.status === 'number' && up.health.status < 400))
    return `${name}: Docker says healthy, but ${up.health.path} from 127.0.0.1 gave ${up.health.status}`;
  if (up.root && typeof up.root.status !== 'number')
    return `${name}: Docker says healthy, but / from 127.0.0.1 gave ${up.root.status}`;
  if (!up.root && !up.health) return `${name}: ${up.detail}`;
  return undefined;
}

async function exposedPort(image: string): Promise<number | undefined> {
  const inspected = await docker(['image', 'inspect', '--format', '{{json .Config.ExposedPorts}}', image], {
    timeoutMs: 30_000,
  });
  const ports = parseJson<Record<string, unknown> | null>(inspected.stdout.trim());
  const tcp = Object.keys(ports ?? {}).find((key) => key.endsWith('/tcp'));
  return tcp ? Number.parseInt(tcp, 10) : undefined;
}

async function httpStatus(port: number, path: string): Promise<number | string> {
  // A timer of our own: AbortSignal.timeout's is unreferenced, and a request that a port proxy accepted but
  // nothing answers holds no other reference either, so Node would exit mid-run with code 0.
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 10_000);
  try {
    const response = await fetch(`http://127.0.0.1:${port}${path}`, {
      redirect: 'manual',
      signal: controller.signal,
    });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return controller.signal.aborted ? 'timeout' : 'no answer';
  } finally {
    clearTimeout(timer);
  }
}

const SOURCE_EXTENSIONS = [
  '.js',
  '.mjs',
  '.cjs',
  '.ts',
  '.tsx',
  '.py',
  '.go',
  '.rs',
  '.java',
  '.kt',
  '.rb',
  '.php',
  '.cs',
];
const COMMENT: Record<string, string> = { '.py': '#', '.rb': '#' };

/**
 * A source file the image copies: the start command's script when it names one, else the first source
 * file found outside dependency and build folders. The change is a comment, so the app still builds.
 */
export function sourceFileToChange(context: string, startCommand: string | null): string | undefined {
  for (const word of (startCommand ?? '').split(/\s+/)) {
    const candidate = word.replace(/^\.\//, '');
    if (SOURCE_EXTENSIONS.includes(extname(candidate)) && existsSync(join(context, candidate)))
      return candidate;
  }
  const skip = new Set([
    'node_modules',
    'dist',
    'build',
    'target',
    'vendor',
    '.git',
    'test',
    'tests',
    '__tests__',
    'docs',
  ]);
  const queue = [''];
  while (queue.length) {
    const folder = queue.shift() ?? '';
    const entries = readdirSync(join(context, folder), { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    );
    for (const entry of entries) {
      const path = folder ? `${folder}/${entry.name}` : entry.name;
      if (
        entry.isFile() &&
        SOURCE_EXTENSIONS.includes(extname(entry.name)) &&
        !/\.(test|spec|d)\./.test(entry.name)
      )
        return path;
    }
    for (const entry of entries)
      if (entry.isDirectory() && !skip.has(entry.name) && !entry.name.startsWith('.'))
        queue.push(folder ? `${folder}/${entry.name}` : entry.name);
  }
  return undefined;
}

function appendComment(file: string): void {
  const marker = COMMENT[extname(file)] ?? '//';
  writeFileSync(file, `${readFileSync(file, 'utf8')}\n${marker} shipshape harness: one-line change\n`);
}

const UPSTREAM_DOCKERFILES: Record<string, string | null> = JSON.parse(
  readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'upstream-dockerfiles.json'), 'utf8'),
);

/**
 * The app's own production Dockerfile (upstream-dockerfiles.json names it inside `_upstream/`), built the same
 * way from a clean copy of the app, for its image size. Its .dockerignore comes along: the one beside it
 * (`X.dockerignore` or `.dockerignore`), else the one at `_upstream/`'s root.
 */
async function buildUpstream(
  appDir: string,
  name: string,
  work: string,
  tag: string,
): Promise<AppResult['upstream']> {
  const upstream = join(appDir, '_upstream');
  const chosen = UPSTREAM_DOCKERFILES[name];
  if (!existsSync(upstream)) return { reason: 'no upstream container files' };
  if (!chosen) return { reason: 'no upstream production Dockerfile' };
  const source = join(upstream, chosen);
  if (!existsSync(source)) return { reason: `no _upstream/${chosen}` };
  const dir = join(work, 'upstream');
  copyWithoutUpstream(appDir, dir);
  const dockerfile = join(dir, '.upstream.Dockerfile');
  cpSync(source, dockerfile, { dereference: true });
  const ignores = [
    `${source}.dockerignore`,
    join(dirname(source), '.dockerignore'),
    join(upstream, '.dockerignore'),
  ];
  const ignore = ignores.find((path) => existsSync(path));
  if (ignore) cpSync(ignore, join(dir, '.dockerignore'));
  const built = await buildImage(work, dir, dockerfile, undefined, tag, 'upstream');
  if (!built.ok) return { reason: `upstream ${chosen} does not build here: ${built.reason}` };
  const sizeBytes = built.sizeBytes ?? (await imageSize(tag));
  return { ...(sizeBytes ? { sizeBytes } : {}), seconds: built.seconds };
}
