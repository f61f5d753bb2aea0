/**
 * Node.js: package manager from packageManager or the lockfile, version from the usual files, the
 * framework from dependencies, and the command that starts the app itself (never `npm start`, whose
 * npm process would be PID 1 and swallow SIGTERM).
 */

import { parse as parseYaml } from 'yaml';
import { type AppPlan, emptyPlan } from '../../core/app-plan.js';
import type { FileView } from '../shared/file-view.js';
import { healthPath, portHint } from '../shared/runtime-hints.js';
import { join, servicesFromDependencies, servicesFromFiles } from '../shared/services.js';
import { normaliseVersion, toolVersionsEntry } from '../shared/versions.js';
import { appName, type StackDetection } from '../stack.js';
import { installCommand, LOCKFILES, managerName, nodePackageManager, runScript } from './package-managers.js';

interface PackageJson {
  name?: string;
  main?: string;
  /** Bun's (and bundlers') entry: `"module": "index.ts"`. */
  module?: string;
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  engines?: { node?: string };
  volta?: { node?: string };
  packageManager?: string;
  workspaces?: string[] | { packages?: string[] };
}

const FRAMEWORKS: Array<{ name: string; deps: string[]; port: number; static?: boolean }> = [
  { name: 'next', deps: ['next'], port: 3000 },
  { name: 'nuxt', deps: ['nuxt'], port: 3000 },
  { name: 'remix', deps: ['@remix-run/node', '@remix-run/serve', '@remix-run/express'], port: 3000 },
  { name: 'react-router', deps: ['@react-router/node', '@react-router/serve'], port: 3000 },
  { name: 'tanstack-start', deps: ['@tanstack/react-start', '@tanstack/start'], port: 3000 },
  { name: 'sveltekit', deps: ['@sveltejs/kit'], port: 3000 },
  { name: 'astro', deps: ['astro'], port: 4321 },
  { name: 'nestjs', deps: ['@nestjs/core'], port: 3000 },
  { name: 'angular', deps: ['@angular/core'], port: 8080, static: true },
  { name: 'create-react-app', deps: ['react-scripts'], port: 8080, static: true },
  { name: 'vite', deps: ['vite'], port: 8080, static: true },
  { name: 'fastify', deps: ['fastify'], port: 3000 },
  { name: 'hono', deps: ['hono'], port: 3000 },
  { name: 'koa', deps: ['koa'], port: 3000 },
  { name: 'express', deps: ['express'], port: 3000 },
];

function configText(view: FileView, dir: string, stem: string): string {
  for (const ext of ['ts', 'mjs', 'js', 'cjs', 'mts']) {
    const text = view.read(join(dir, `${stem}.${ext}`));
    if (text !== undefined) return text;
  }
  return '';
}

/** The script's command when it runs a file with node (`node dist/server.js`), else undefined. */
function nodeFileCommand(script: string | undefined): string | undefined {
  if (!script) return undefined;
  const match =
    /^(?:cross-env\s+(?:\S+=\S+\s+)*)?(?:\S+=\S+\s+)*node\s+((?:--?[\w-]+(?:=\S+)?\s+)*)(\S+\.(?:m?js|cjs))\s*$/.exec(
      script.trim(),
    );
  return match ? `node ${match[1] ?? ''}${match[2]}`.replace(/\s+/g, ' ') : undefined;
}

/**
 * The script a package.json script runs in the end, when it only runs another one (`"start": "npm run
 * start-server"`): followed a few steps, so the file it starts with node can be read.
 */
export function resolvedScript(scripts: Record<string, string>, name: string): string | undefined {
  let script = scripts[name];
  for (let step = 0; script && step < 4; step++) {
    const next = /^(?:npm\s+run|pnpm(?:\s+run)?|yarn(?:\s+run)?|bun\s+run)\s+([\w:.-]+)$/.exec(
      script.trim(),
    )?.[1];
    if (!next || scripts[next] === undefined) break;
    script = scripts[next];
  }
  return script;
}

/** pnpm also reads package.json5 and package.yaml; the first manifest found wins. */
export function readManifest(view: FileView, dir: string): PackageJson | undefined {
  const json = view.json(join(dir, 'package.json'));
  if (json) return json as PackageJson;
  const json5 = view.read(join(dir, 'package.json5'));
  if (json5 !== undefined) return (parseJson5(json5) ?? {}) as PackageJson;
  const yaml = view.read(join(dir, 'package.yaml'));
  if (yaml !== undefined) {
    try {
      return (parseYaml(yaml) ?? {}) as PackageJson;
    } catch {
      return {};
    }
  }
  return view.exists(join(dir, 'package.json')) ? {} : undefined;
}

/**
 * The JSON5 that package manifests use: comments and trailing commas. Written here because a manifest
 * needs nothing more, and no JSON5 package is worth a dependency for it.
 */
export function parseJson5(text: string): unknown {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== ch) j += text[j] === '\\' ? 2 : 1;
      out += JSON.stringify(text.slice(i + 1, j).replace(/\\(.)/g, '$1'));
      i = j;
    } else if (ch === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (ch === '/' && text[i + 1] === '*') {
      i = text.indexOf('*/', i + 2) + 1 || text.length;
    } else out += ch;
  }
  // Unquoted keys, then trailing commas.
  out = out.replace(/([{,]\s*)([A-Za-z_$][\w$-]*)\s*:/g, '$1"$2":').replace(/,(\s*[}\]])/g, '$1');
  try {
    return JSON.parse(out);
  } catch {
    return undefined;
  }
}

export const nodeDetection: StackDetection = {
  language: 'node',
  detect: (view, dir) =>
    ['package.json', 'package.json5', 'package.yaml'].some((file) => view.exists(join(dir, file))),
  plan(view, dir) {
    const pkg = readManifest(view, dir) ?? {};
    const plan: AppPlan = emptyPlan('node', pkg.name?.replace(/^@[^/]+\//, '') ?? appName(view, dir), dir);
    const deps = { ...pkg.devDependencies, ...pkg.dependencies };
    const scripts = pkg.scripts ?? {};

    const { manager, from } = nodePackageManager(view, dir, pkg.packageManager);
    plan.packageManager = managerName(manager);
    plan.evidence.packageManager = from;
    const locked = LOCKFILES.some((lock) => view.exists(join(dir, lock)));
    plan.installCommand = installCommand(manager, locked);
    // With no dependencies there is nothing to lock (Bun deletes an empty lockfile).
    const dependencies = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).length;
    if (!locked && dependencies > 0)
      plan.warnings.push(
        'no lockfile: installs are not reproducible; commit the lockfile your package manager writes',
      );

    const version = nodeVersion(view, dir, pkg);
    if (version) {
      plan.runtimeVersion = version.version;
      plan.runtimeConstraint = version.spec;
      plan.evidence.runtimeVersion = version.from;
    }

    const framework = FRAMEWORKS.find((candidate) => candidate.deps.some((dep) => dep in deps));
    plan.framework = framework?.name;
    if (framework) plan.evidence.framework = `dependency ${framework.deps.find((dep) => dep in deps)}`;

    if (scripts.build) plan.buildCommand = runScript(manager, 'build');
    else if ('typescript' in deps && view.exists(join(dir, 'tsconfig.json'))) plan.buildCommand = 'npx tsc';
    // The conventional names for a hot-reloading script: dev, start:dev (NestJS), a watching start.
    const devScript =
      ['dev', 'start:dev', 'develop', 'serve'].find((name) => scripts[name]) ??
      (scripts.start?.includes('--watch') ? 'start' : undefined);
    plan.devCommand = devScript ? runScript(manager, devScript) : undefined;

    applyFramework(view, dir, plan, pkg, framework?.name);
    if (!plan.startCommand && !plan.static) {
      plan.warnings.push(
        pkg.main
          ? `no start command found: package.json main (${pkg.main}) names no file here and no build script makes it; point main at the server file or add a "start" script`
          : 'no start command found: add a "start" script or a "main" entry to package.json',
      );
    }

    const sources = view.find(
      dir === '.' ? '.' : dir,
      // Tests and test runners' configs name the ports of their own servers (playwright's webServer), not the app's.
      (name) =>
        /\.(m?[jt]sx?|cjs)$/.test(name) &&
        !/\.(test|spec|d)\./.test(name) &&
        !/^(?:playwright|vitest|jest|cypress|karma)\.config\./.test(name),
      40,
      3,
    );
    // What the app turned out to be: a Vite front end with its own Express server is a server.
    const served = FRAMEWORKS.find((candidate) => candidate.name === plan.framework) ?? framework;
    const port = plan.static ? undefined : portHint(view, dir, sources);
    if (plan.static) {
      plan.port = 8080;
      plan.evidence.port = 'static web server';
    } else if (port || served) {
      plan.port = port?.port ?? served?.port;
      plan.evidence.port = port?.from ?? `${served?.name} default`;
    } else if (plan.startCommand) {
      plan.warnings.push(
        'no server framework and no port in the code: treated as a worker; set PORT in .env.example if it serves HTTP',
      );
    }
    const health = plan.static ? undefined : (healthPath(view, sources) ?? routeFileHealth(view, dir));
    if (health) {
      plan.healthcheckPath = health.path;
      plan.evidence.healthcheckPath = health.from;
    }

    // A SIGTERM handler in the code (or one the framework installs) lets the app stop by itself as PID 1.
    const signalSource = sources.find((file) => {
      const text = view.read(file) ?? '';
      // process.on('SIGTERM', …), or a loop over signal names that registers with process.on/once.
      return (
        /process\.(on|once)\(\s*["']SIGTERM["']|enableShutdownHooks\(/.test(text) ||
        (/["']SIGTERM["']/.test(text) && /process\.(on|once)\(/.test(text))
      );
    });
    plan.handlesSigterm =
      signalSource !== undefined || (plan.framework === 'next' && plan.startCommand === 'node server.js');
    if (signalSource) plan.evidence.handlesSigterm = signalSource;

    const prismaProvider = /provider\s*=\s*"(postgresql|mysql|mongodb|sqlite|cockroachdb|sqlserver)"/.exec(
      view.read(join(dir, 'prisma/schema.prisma')) ?? '',
    )?.[1];
    const services = new Set([
      ...servicesFromDependencies(Object.keys(pkg.dependencies ?? {})),
      ...servicesFromFiles(view, [dir]),
    ]);
    if (prismaProvider === 'postgresql' || prismaProvider === 'cockroachdb') services.add('postgres');
    if (prismaProvider === 'mysql') services.add('mysql');
    if (prismaProvider === 'mongodb') services.add('mongodb');
    plan.services = [...services].sort();
    if (prismaProvider) plan.evidence.prisma = `prisma/schema.prisma (${prismaProvider})`;
    const migrations = nodeMigrations(view, dir, deps);
    if (migrations) {
      plan.migrateCommand = migrations.command;
      plan.evidence.migrateCommand = migrations.from;
    }
    return plan;
  },
};

/** Next.js, Nuxt and SvelteKit define routes by file location: app/api/health/route.ts serves /api/health. */
function routeFileHealth(view: FileView, dir: string): { path: string; from: string } | undefined {
  for (const base of ['app', 'src/app', 'pages', 'src/pages', 'server', 'src/routes']) {
    for (const route of ['health', 'healthz', 'api/health', 'api/healthz', 'api/health/live']) {
      const candidates = [
        `${base}/${route}/route`,
        `${base}/${route}/+server`,
        `${base}/${route}`,
        `${base}/api/${route.replace(/^api\//, '')}`,
      ];
      for (const candidate of candidates) {
        for (const ext of ['ts', 'js', 'mjs', 'tsx', 'jsx']) {
          const file = join(dir, `${candidate}.${ext}`);
          if (!view.exists(file)) continue;
          const path = candidate.startsWith('server/')
            ? `/${candidate.slice('server/'.length)}`
            : `/${route}`;
          return { path: path.replace(/\/(route|\+server)$/, ''), from: file };
        }
      }
    }
  }
  return undefined;
}

/** The Node version a folder asks for (.nvmrc, .node-version, .tool-versions, volta, engines.node). */
export function nodeVersion(
  view: FileView,
  dir: string,
  pkg: PackageJson,
): { version: string; spec: string; from: string } | undefined {
  const candidates: Array<[string | undefined, string]> = [
    [view.read(join(dir, '.nvmrc'))?.trim(), '.nvmrc'],
    [view.read(join(dir, '.node-version'))?.trim(), '.node-version'],
    [toolVersionsEntry(view.read(join(dir, '.tool-versions')), ['nodejs', 'node']), '.tool-versions'],
    [pkg.volta?.node, 'package.json volta'],
    [pkg.engines?.node, 'package.json engines.node'],
  ];
  for (const [spec, from] of candidates) {
    const stated = spec?.replace(/^node\//, '').replace(/^v(?=\d)/, '');
    const version = normaliseVersion(stated, 1);
    if (version && stated) return { version, spec: stated, from };
  }
  return undefined;
}

/** Start command, static output and port for the framework (or plain Node). */
function applyFramework(
  view: FileView,
  dir: string,
  plan: AppPlan,
  pkg: PackageJson,
  framework: string | undefined,
): void {
  const scripts = pkg.scripts ?? {};
  switch (framework) {
    case 'next': {
      const config = configText(view, dir, 'next.config');
      if (/output\s*:\s*["']export["']/.test(config)) {
        plan.static = true;
        plan.evidence.static = 'next.config output: export';
      } else if (/output\s*:\s*["']standalone["']/.test(config)) {
        plan.startCommand = 'node server.js';
        plan.evidence.startCommand = 'next.config output: standalone (.next/standalone/server.js)';
      } else {
        plan.startCommand = 'node node_modules/next/dist/bin/next start';
        plan.evidence.startCommand = 'next start';
        plan.warnings.push(
          "set output: 'standalone' in next.config for an image without the full node_modules",
        );
      }
      return;
    }
    case 'nuxt':
      plan.startCommand = 'node .output/server/index.mjs';
      plan.evidence.startCommand = 'nuxt build output';
      return;
    case 'remix':
      plan.startCommand = 'node node_modules/@remix-run/serve/dist/cli.js build/server/index.js';
      plan.evidence.startCommand = 'remix-serve';
      return;
    case 'react-router':
      plan.startCommand = 'node node_modules/@react-router/serve/dist/cli.js build/server/index.js';
      plan.evidence.startCommand = 'react-router-serve';
      return;
    case 'sveltekit':
      if (/adapter-static/.test(configText(view, dir, 'svelte.config'))) {
        plan.static = true;
        plan.evidence.static = 'svelte.config adapter-static';
      } else {
        plan.startCommand = 'node build/index.js';
        plan.evidence.startCommand = 'adapter-node output';
      }
      return;
    case 'astro': {
      const config = configText(view, dir, 'astro.config');
      if (/output\s*:\s*["'](server|hybrid)["']/.test(config) || /@astrojs\/node/.test(config)) {
        plan.startCommand = 'node dist/server/entry.mjs';
        plan.evidence.startCommand = 'astro.config server output (@astrojs/node)';
      } else {
        plan.static = true;
        plan.evidence.static = 'astro static output';
      }
      return;
    }
    case 'nestjs':
      plan.startCommand = nodeFileCommand(scripts['start:prod']) ?? 'node dist/main.js';
      plan.evidence.startCommand = scripts['start:prod'] ? 'scripts.start:prod' : 'nest build output';
      return;
    case 'angular':
    case 'create-react-app':
    case 'vite': {
      const server = ['express', 'fastify', 'hono', 'koa'].find((name) => name in { ...pkg.dependencies });
      const start = nodeFileCommand(resolvedScript(scripts, 'start'));
      if (server && start) {
        plan.framework = server;
        plan.startCommand = start;
        plan.evidence.startCommand = 'scripts.start';
        return;
      }
      plan.static = true;
      plan.evidence.static = `${framework} builds static files`;
      return;
    }
    default: {
      const start = nodeFileCommand(resolvedScript(scripts, 'start'));
      if (start) {
        plan.startCommand = start;
        plan.evidence.startCommand = 'scripts.start';
      } else if (scripts.start && /^(tsx|ts-node)\s/.test(scripts.start.trim())) {
        plan.startCommand = `node ${scripts.start
          .trim()
          .split(/\s+/)
          .pop()
          ?.replace(/^src\//, 'dist/')
          .replace(/\.ts$/, '.js')}`;
        plan.evidence.startCommand = 'scripts.start, compiled to dist/';
        plan.warnings.push(
          `start runs TypeScript through ${scripts.start.trim().split(/\s+/)[0]}: the image runs the compiled output instead`,
        );
      } else if (pkg.main && mainEntry(view, dir, pkg.main, plan.buildCommand !== undefined)) {
        plan.startCommand = `node ${mainEntry(view, dir, pkg.main, plan.buildCommand !== undefined)}`;
        plan.evidence.startCommand = 'package.json main';
      } else if (
        plan.packageManager === 'bun' &&
        /^bun\s+(?:run\s+)?[\w./-]+\.[cm]?[jt]sx?$/.test(scripts.start?.trim() ?? '')
      ) {
        // `bun server.ts`: Bun runs the file itself, TypeScript included.
        plan.startCommand = `bun ${(scripts.start as string).trim().split(/\s+/).pop()}`;
        plan.evidence.startCommand = 'scripts.start (run by bun)';
      } else if (plan.packageManager === 'bun' && pkg.module && view.exists(join(dir, pkg.module))) {
        // Bun runs TypeScript itself: no build step between the source and the process.
        plan.startCommand = `bun ${pkg.module}`;
        plan.evidence.startCommand = 'package.json module (run by bun)';
      } else {
        const entry = ['server.js', 'index.js', 'app.js', 'main.js', 'src/index.js', 'src/server.js'].find(
          (file) => view.exists(join(dir, file)),
        );
        if (entry) {
          plan.startCommand = `node ${entry}`;
          plan.evidence.startCommand = entry;
        } else if (scripts.start) {
          plan.warnings.push(
            `scripts.start (${scripts.start}) does not run a file with node: set the start command by hand`,
          );
        }
      }
    }
  }
}

/**
 * The file package.json's main names, resolved as Node resolves it (`server` is server.js, a folder is
 * its index.js). Main often names the build's output (dist/index.js), which is not in the source yet:
 * with a build script it is taken as written. Requiring the file to exist made adding main no help.
 */
function mainEntry(view: FileView, dir: string, main: string, built: boolean): string | undefined {
  const path = main.replace(/^\.\//, '');
  const candidates = [path, `${path}.js`, `${path}.mjs`, `${path}.cjs`, `${path}/index.js`];
  const found = candidates.find((file) => view.exists(join(dir, file)) && !view.isDirectory(join(dir, file)));
  return found ?? (built ? path : undefined);
}

/** The migration tool a Node app uses, by the files each tool keeps and the package that runs them. */
function nodeMigrations(
  view: FileView,
  dir: string,
  deps: Record<string, string>,
): { command: string; from: string } | undefined {
  const config = (names: string[]) => names.find((name) => view.exists(join(dir, name)));
  // `prisma db push` projects keep no migrations folder and have nothing to deploy.
  if ('prisma' in deps && view.isDirectory(join(dir, 'prisma/migrations')))
    return { command: 'npx prisma migrate deploy', from: 'prisma/migrations' };
  const knex = config(['knexfile.js', 'knexfile.ts', 'knexfile.cjs', 'knexfile.mjs']);
  if ('knex' in deps && knex) return { command: 'npx knex migrate:latest', from: knex };
  const drizzle = config(['drizzle.config.ts', 'drizzle.config.js', 'drizzle.config.mjs']);
  if ('drizzle-kit' in deps && drizzle) return { command: 'npx drizzle-kit migrate', from: drizzle };
  if ('sequelize-cli' in deps && (config(['.sequelizerc']) || view.isDirectory(join(dir, 'migrations'))))
    return { command: 'npx sequelize-cli db:migrate', from: 'sequelize-cli' };
  return undefined;
}
