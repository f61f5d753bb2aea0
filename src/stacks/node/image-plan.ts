/**
 * Node.js: a deps stage with production dependencies only (cached until the lockfile changes), a build
 * stage, a development target with hot reload, and a production target that holds the runtime, the
 * production dependencies and the built output, runs as the image's `node` user (UID 1000) and starts
 * the app itself. An app with no SIGTERM handler runs under tini, since Node as PID 1 ignores SIGTERM.
 */

import { posix } from 'node:path';
import type { AppPlan } from '../../core/app-plan.js';
import { type ImagePlan, REGISTRY_SECRETS, type StagePlan, type Step } from '../../core/image-plan.js';
import { PlanError } from '../../core/plan-error.js';
import { imageFacts } from '../../images/index.js';
import {
  type BaseImage,
  debianBase,
  distroless,
  fromWithArg,
  newestMaintainedMajor,
} from '../shared/base-image.js';
import { BUILD_USAGE } from '../shared/conventions.js';
import { initForInterpreter } from '../shared/debian.js';
import { exposed, healthcheck, listening } from '../shared/healthcheck.js';
import type { BaseFamily } from '../stack.js';
import {
  NGINX_VERSION,
  nginxBaseStage,
  nginxProductionStage,
  STATIC_PORT,
  STATIC_WEB_ROOT,
} from '../static/image-plan.js';
import { NO_INSTALL_FACTS, type NodeInstallFacts } from './install-facts.js';
import { NATIVE_BUILD_STAGE, nativeBuild, nativeBuildStage, packageManagerSteps } from './install-tools.js';
import {
  installCommand,
  MANAGER_CACHE,
  type NodePackageManager,
  productionInstallCommand,
  workspaceProductionInstall,
} from './package-managers.js';

/**
 * For an app that declares no Node version: the newest maintained line that Node's release schedule
 * gives a long-term-support date (the even ones). The schedule sets that date when a line is released,
 * so the choice is made from facts, not from the clock.
 */
function nodeLtsLine(): string | undefined {
  const lines = imageFacts('node')?.lines ?? [];
  return newestMaintainedMajor('node', (major) =>
    Boolean(lines.find((line) => line.line === String(major))?.lts),
  );
}
const NODE_UID = '1000';

interface Manager {
  name: NodePackageManager;
  lockfiles: string[];
  /** Installs everything, from the lockfile. */
  install: string;
  /** Installs production dependencies only. */
  installProduction: string;
  cache: string;
  corepack: boolean;
}

/**
 * The app's package manager as detect decided it; `yarnBerry` says which Yarn (detect's own test, read
 * again by app-facts for the folder that holds yarn.lock).
 */
function manager(plan: AppPlan, files: string[], yarnBerry: boolean): Manager {
  const has = (file: string) => files.includes(file);
  const name: NodePackageManager | undefined =
    plan.packageManager === 'yarn'
      ? yarnBerry
        ? 'yarn-berry'
        : 'yarn'
      : plan.packageManager === undefined
        ? 'npm'
        : (['npm', 'pnpm', 'bun'] as const).find((known) => known === plan.packageManager);
  if (!name)
    throw new PlanError(
      `init does not write Dockerfiles for ${plan.packageManager} yet (npm, pnpm, yarn and bun are supported)`,
    );
  const lockfiles: Record<NodePackageManager, string[]> = {
    npm: ['package-lock.json', 'npm-shrinkwrap.json'].filter(has).slice(0, 1),
    pnpm: ['pnpm-lock.yaml', ...(has('pnpm-workspace.yaml') ? ['pnpm-workspace.yaml'] : [])],
    yarn: ['yarn.lock'],
    'yarn-berry': ['yarn.lock', ...(has('.yarnrc.yml') ? ['.yarnrc.yml'] : [])],
    bun: ['bun.lock', 'bun.lockb'].filter(has).slice(0, 1),
  };
  // npm and Bun install from their lockfile only when it is there; pnpm's and Yarn's is copied regardless.
  const locked = name === 'npm' || name === 'bun' ? lockfiles[name].length > 0 : true;
  return {
    name,
    lockfiles: lockfiles[name],
    install: installCommand(name, locked),
    installProduction: productionInstallCommand(name, locked),
    ...MANAGER_CACHE[name],
  };
}

/** Where the build writes what production needs, per framework. */
function buildOutputs(
  plan: AppPlan,
  outDir: string | undefined,
  files: string[],
): Array<{ from: string; to: string }> {
  switch (plan.framework) {
    case 'next':
      return [
        { from: '/app/.next/standalone', to: './' },
        { from: '/app/.next/static', to: './.next/static' },
        ...(files.includes('public') ? [{ from: '/app/public', to: './public' }] : []),
      ];
    case 'nuxt':
      return [{ from: '/app/.output', to: './.output' }];
    case 'remix':
    case 'react-router':
    case 'sveltekit':
      return [{ from: '/app/build', to: './build' }];
    default:
      return [{ from: `/app/${outDir ?? 'dist'}`, to: `./${outDir ?? 'dist'}` }];
  }
}

/** Hot reload when the app has a dev script; else build (if it builds) and start, so the target still runs. */
function developmentCommand(plan: AppPlan, appDir: string): string[] {
  if (plan.devCommand) return commandArgv(plan.devCommand);
  const start = appDir === '.' ? (plan.startCommand as string) : `cd ${appDir} && ${plan.startCommand}`;
  return commandArgv(plan.buildCommand ? `${plan.buildCommand} && ${start}` : start);
}

/** One command as exec-form words; a chain of commands through sh, the last one replacing the shell. */
function commandArgv(command: string): string[] {
  const parts = command.split(' && ');
  if (parts.length === 1) return command.split(/\s+/);
  return ['sh', '-c', [...parts.slice(0, -1), `exec ${parts.at(-1)}`].join(' && ')];
}

export interface NodeImageInput {
  plan: AppPlan;
  /** Files at the app's root (to know which manifests and lockfiles to copy). */
  files: string[];
  /** compilerOptions.outDir of tsconfig.json, when the app compiles TypeScript. */
  outDir?: string;
  /** build.outDir of vite.config, relative to the app. */
  viteOutDir?: string;
  /** The app uses Prisma: its client is generated at build time. */
  prisma: boolean;
  /** Set when the app is a member of an npm, pnpm or yarn workspace: the image builds from the root. */
  workspace?: NodeWorkspace;
  /** The Bun version package.json names ("packageManager": "bun@1.4.5"). */
  bunVersion?: string;
  /** The folder with the lockfile (the workspace root, for a member) uses Yarn 2 or later. */
  yarnBerry: boolean;
  /** An .npmrc names a registry of its own or a login: the install reads ~/.npmrc from a secret. */
  privateRegistry?: boolean;
  /** `init --base`: distroless runs the app on Google's distroless Node image (no shell, no npm). */
  base?: BaseFamily;
  /** The pnpm or Yarn release for the base stage, native modules to build from source, .npmrc's settings. */
  install?: NodeInstallFacts;
}

/** Where distroless's Node images keep node: not on PATH, and their entrypoint. */
const DISTROLESS_NODE = '/nodejs/bin/node';

/**
 * The distroless runtime for the Node line the build stages use (`nodejs26-debian13`): same major, so
 * native modules built against it load. Distroless has no shell and no npm, so the start command must be
 * `node <file>`; a static site is served by nginx, which distroless does not publish.
 */
function distrolessNodeRuntime(plan: AppPlan, node: BaseImage, runtime: JsRuntime): string {
  if (runtime.name === 'Bun')
    throw new PlanError('--base distroless: distroless publishes no Bun image; use --base debian');
  if (plan.static)
    throw new PlanError('--base distroless: a static site is served by nginx, which has no distroless image');
  if (!/^node\s/.test(plan.startCommand ?? ''))
    throw new PlanError(
      `--base distroless has no shell and no npm: the start command must be \`node <file>\` (it is \`${plan.startCommand}\`); set "main" or a start script that runs node directly`,
    );
  const major = node.version.split('.')[0] as string;
  try {
    return distroless(`nodejs${major}`);
  } catch {
    throw new PlanError(
      `--base distroless: distroless publishes no image for Node ${major}; declare a line it publishes, or use --base debian`,
    );
  }
}

export interface NodeWorkspace {
  /** Files at the workspace root (the lockfile, pnpm-workspace.yaml, .npmrc...). */
  rootFiles: string[];
  /** Every member's folder: the install reads each member's package.json. */
  members: string[];
}

/**
 * What differs between an app built from its own folder and one built from its workspace root: which
 * manifests the install reads, the install commands, and which folders production takes.
 */
interface NodeLayout {
  manifests: Step[];
  install: string;
  installProduction: string;
  /** The app's folder in the image, under /app ('.' on its own). */
  appDir: string;
  /** The app's folder and the members it links (workspace only; empty on its own). */
  members: string[];
}

function nodeLayout(plan: AppPlan, pm: Manager, workspace: NodeWorkspace | undefined): NodeLayout {
  if (!workspace) {
    return {
      manifests: [{ kind: 'copy', sources: ['package.json', ...pm.lockfiles], dest: './' }],
      install: pm.install,
      installProduction: pm.installProduction,
      appDir: '.',
      members: [],
    };
  }
  const install = plan.installCommand;
  if (!install) throw new PlanError(`no install command was detected for the workspace member ${plan.path}`);
  return {
    manifests: [
      { kind: 'copy', sources: ['package.json', ...pm.lockfiles], dest: './' },
      // Each member's manifest, so the lockfile's workspace entries resolve: the sources come later.
      ...workspace.members
        .filter((member) => member !== '.')
        .map((member): Step => ({ kind: 'copy', sources: [`${member}/package.json`], dest: `./${member}/` })),
    ],
    install,
    installProduction: workspaceProductionInstall(pm.name, install),
    appDir: plan.path,
    // An app at the workspace root has every member inside its own folder.
    members: plan.path === '.' ? ['.'] : [...plan.localDependencies, plan.path],
  };
}

/** A path under the app's folder in the image ('.' is the workspace root itself). */
function under(dir: string, path: string): string {
  return dir === '.' ? path : `${dir}/${path}`;
}

/** The current Bun release line, for apps that name no Bun version ("packageManager": "bun@1.4.5"). */
export const DEFAULT_BUN_VERSION = '1.4';

/** What runs the app: Node, or Bun when the start command runs bun itself. */
interface JsRuntime {
  name: 'Node' | 'Bun';
  binary: 'node' | 'bun';
  image: string;
  /** The image's Debian release, when its tag names one. */
  distro: string | undefined;
  /** The version ARGs the FROM lines use. */
  args: Array<{ name: string; value: string }>;
  /** Bun installs the packages for Node: its binary is copied into the stages that install. */
  bunInstaller: boolean;
}

function jsRuntime(plan: AppPlan, node: BaseImage, bunVersion: string | undefined): JsRuntime {
  const bun = { name: 'BUN_VERSION', value: bunVersion ?? DEFAULT_BUN_VERSION };
  if (plan.packageManager === 'bun' && /^bun\s/.test(plan.startCommand ?? ''))
    return {
      name: 'Bun',
      binary: 'bun',
      image: 'oven/bun:${BUN_VERSION}-debian',
      // Bun's `-debian` tags follow Bun's choice of Debian release, which the tag does not name.
      distro: undefined,
      args: [bun],
      bunInstaller: false,
    };
  const bunInstaller = plan.packageManager === 'bun';
  return {
    name: 'Node',
    binary: 'node',
    image: fromWithArg('node', 'NODE_VERSION', node),
    distro: node.distro,
    args: [{ name: 'NODE_VERSION', value: node.version }, ...(bunInstaller ? [bun] : [])],
    bunInstaller,
  };
}

/** The official Bun image, as a stage to copy the bun binary from (COPY --from takes no variables). */
const BUN_STAGE: StagePlan = {
  name: 'bun',
  from: 'oven/bun:${BUN_VERSION}-debian',
  purpose: 'Bun, which installs the packages; Node runs the app.',
  steps: [],
};

export function nodeImagePlan({
  plan,
  files,
  outDir,
  viteOutDir,
  prisma,
  workspace,
  bunVersion,
  yarnBerry,
  privateRegistry = false,
  base: family = 'debian',
  install = NO_INSTALL_FACTS,
}: NodeImageInput): ImagePlan {
  const { packageManagerPin, nativeModules, npmrcSettings } = install;
  if (!plan.startCommand && !plan.static)
    throw new PlanError(
      'no start command was detected: add a "start" script or a "main" entry to package.json, then run init again',
    );
  const pm = manager(plan, workspace?.rootFiles ?? files, yarnBerry);
  const layout = nodeLayout(plan, pm, workspace);
  const inApp = (path: string) => under(layout.appDir, path);
  const port = plan.port;
  const node = debianBase('node', plan.runtimeConstraint ?? nodeLtsLine(), ['slim']);
  const version = node.version;
  const runtime = jsRuntime(plan, node, bunVersion);
  const installSteps = (command: string): Step[] => [
    ...(runtime.bunInstaller
      ? [{ kind: 'copy' as const, from: 'bun', sources: ['/usr/local/bin/bun'], dest: '/usr/local/bin/bun' }]
      : []),
    ...layout.manifests,
    ...(packageManagerPin?.release ? [committedRelease(packageManagerPin.release)] : []),
    ...(npmrcSettings.length
      ? [
          {
            kind: 'comment' as const,
            text: 'The install settings of .npmrc, which .dockerignore leaves out (an .npmrc may hold a token).',
          },
          { kind: 'env' as const, vars: npmrcSettings },
        ]
      : []),
    ...(prisma && files.includes('prisma')
      ? [{ kind: 'copy' as const, sources: [inApp('prisma')], dest: `./${inApp('prisma')}` }]
      : []),
    {
      kind: 'run',
      caches: [{ target: pm.cache, locked: true }],
      secrets: privateRegistry ? [REGISTRY_SECRETS.npmrc] : undefined,
      // A project without dependencies gets no node_modules; the later COPY needs the directory.
      commands: [command, 'mkdir -p node_modules'],
    },
  ];

  const base: StagePlan = {
    name: 'base',
    from: runtime.image,
    purpose: 'The runtime every stage shares.',
    steps: [
      { kind: 'workdir', path: '/app' },
      ...(packageManagerPin
        ? packageManagerSteps(packageManagerPin)
        : pm.corepack
          ? [{ kind: 'run' as const, commands: ['corepack enable'] }]
          : []),
    ],
  };
  // The stages that install start from the compilers when a native module is built (Node images only).
  const native = nativeBuild(runtime.name === 'Node' ? nativeModules : []);
  const installFrom = native.buildable.length ? NATIVE_BUILD_STAGE : 'base';
  const firstStages = [
    ...(runtime.bunInstaller ? [BUN_STAGE] : []),
    base,
    ...(native.buildable.length ? [nativeBuildStage(native.buildable, runtime.distro)] : []),
  ];
  if (plan.static)
    return singlePageAppPlan(plan, version, {
      runtime,
      firstStages,
      install: installSteps(layout.install),
      installFrom,
      notes: native.header,
      outDir: plan.framework === 'vite' ? viteOutDir : outDir,
      appDir: layout.appDir,
    });
  const start = plan.startCommand as string;
  const deps: StagePlan = {
    name: 'deps',
    from: installFrom,
    purpose: 'Production dependencies only; rebuilt when the lockfile changes, not the source.',
    steps: installSteps(layout.installProduction),
  };
  const standalone = plan.framework === 'next' && plan.startCommand === 'node server.js';
  const stages: StagePlan[] = standalone ? [...firstStages] : [...firstStages, deps];

  const built = plan.buildCommand !== undefined;
  if (built) {
    stages.push({
      name: 'build',
      from: installFrom,
      purpose: 'All dependencies and the build.',
      steps: [
        ...installSteps(layout.install),
        { kind: 'copy', sources: ['.'], dest: '.' },
        // A workspace member's Prisma client is generated from its own folder, where its prisma CLI and
        // schema are: WORKDIR there and back, not a `cd` inside the RUN (lint's no-cd-in-run).
        ...(prisma && layout.appDir !== '.'
          ? [
              { kind: 'workdir' as const, path: `/app/${layout.appDir}` },
              { kind: 'run' as const, commands: ['npx prisma generate'] },
              { kind: 'workdir' as const, path: '/app' },
            ]
          : []),
        {
          kind: 'run',
          commands: [
            ...(prisma && layout.appDir === '.' ? ['npx prisma generate'] : []),
            plan.buildCommand as string,
          ],
        },
        ...(layout.members.length && !standalone
          ? [
              {
                kind: 'comment' as const,
                text: 'The app and the members it links, built, without the node_modules of a full install.',
              },
              {
                kind: 'run' as const,
                // Through a file, not a pipe: sh has no pipefail to catch the first tar failing.
                commands: [
                  'mkdir /out',
                  `tar --exclude=node_modules -cf /tmp/members.tar ${layout.members.join(' ')}`,
                  'tar -xf /tmp/members.tar -C /out',
                  'rm /tmp/members.tar',
                ],
              },
            ]
          : []),
      ],
    });
  }

  stages.push({
    name: 'development',
    from: installFrom,
    purpose:
      'Development: every dependency and hot reload; compose.override.yaml mounts the source over /app.',
    steps: [
      { kind: 'env', vars: [['NODE_ENV', 'development']] },
      ...installSteps(layout.install),
      // Owned by the user the server runs as, so that what it builds at start (dist/) can be written.
      { kind: 'copy', chown: OWNED, sources: ['.'], dest: '.' },
      { kind: 'user', user: NODE_UID },
      ...exposed(port),
      { kind: 'cmd', argv: developmentCommand(plan, layout.appDir) },
    ],
  });

  // Node and Bun have fetch built in: the probe needs no curl or wget in the image. Without a health
  // route any answer below 500 means the server is up.
  const healthProbe = (listen: number) =>
    `fetch('http://127.0.0.1:${listen}${plan.healthcheckPath ?? '/'}').then((r) => process.exit(r.${plan.healthcheckPath ? 'ok' : 'status < 500'} ? 0 : 1), () => process.exit(1))`;
  const production: Step[] = [
    {
      kind: 'env',
      vars: [
        ['NODE_ENV', 'production'],
        ...(port === undefined ? [] : [['PORT', String(port)] as [string, string]]),
        ...(plan.framework === 'next' ? [['HOSTNAME', '0.0.0.0'] as [string, string]] : []),
      ],
    },
  ];
  const distrolessRuntime = family === 'distroless' ? distrolessNodeRuntime(plan, node, runtime) : undefined;
  // Distroless has no apt: tini is the static build, from Debian stable's package.
  const init = initForInterpreter(
    runtime.name,
    plan.handlesSigterm,
    distrolessRuntime ? undefined : runtime.distro,
  );
  stages.push(...init.stages);
  // The base stage's working directory, which a distroless runtime does not inherit.
  if (distrolessRuntime) production.unshift({ kind: 'workdir', path: '/app' });
  production.push(...init.copy);
  if (layout.members.length)
    production.push(...workspaceProduction(layout, { built, standalone, prisma, files }));
  else production.push(...appProduction(plan, { built, standalone, prisma, files, outDir }));
  const binary = distrolessRuntime ? DISTROLESS_NODE : runtime.binary;
  production.push(
    { kind: 'user', user: NODE_UID },
    ...listening(port, (listen) => healthcheck([binary, '-e', healthProbe(listen)], '15s')),
  );
  if (distrolessRuntime) {
    // The image's own entrypoint is node; tini goes in front of it when the app needs one.
    const argv = start.split(/\s+/).slice(1);
    production.push(
      {
        kind: 'entrypoint',
        argv: [...(init.entrypoint.length ? ['/usr/bin/tini', '--'] : []), DISTROLESS_NODE],
      },
      { kind: 'cmd', argv },
    );
  } else {
    production.push(...init.entrypoint);
    production.push({ kind: 'cmd', argv: start.split(/\s+/) });
  }
  stages.push({
    name: 'production',
    from: distrolessRuntime ?? 'base',
    purpose: distrolessRuntime
      ? 'Production: distroless Node (no shell, no package manager), the production dependencies and the built app, as an unprivileged user.'
      : 'Production: runtime, production dependencies and the built app, as an unprivileged user.',
    steps: production,
  });

  return {
    header: [
      `Generated by shipshape for ${plan.name} (${plan.framework ? `${plan.framework}, ` : ''}${runtime.name} ${runtime.args[0]?.value}, ${plan.packageManager ?? 'npm'}).`,
      BUILD_USAGE,
      ...(plan.runtimeVersion || runtime.name === 'Bun'
        ? []
        : [
            `The app declares no Node version (engines.node, .nvmrc): pinned to the newest LTS line, ${version}.`,
          ]),
      ...(runtime.name === 'Node' ? node.notes : []),
      ...(distrolessRuntime
        ? [
            `--base distroless: production runs on ${distrolessRuntime}, with no shell or package manager; node is ${DISTROLESS_NODE}.`,
          ]
        : []),
      ...(plan.packageManager === 'bun' && !bunVersion
        ? [
            `package.json names no Bun version ("packageManager": "bun@..."): pinned to ${DEFAULT_BUN_VERSION}.`,
          ]
        : []),
      ...native.header,
    ],
    args: runtime.args,
    stages,
  };
}

const OWNED = `${NODE_UID}:${NODE_UID}`;

/** The Yarn release a Berry project commits (.yarnrc.yml yarnPath): the install runs it. */
function committedRelease(release: string): Step {
  return { kind: 'copy', sources: [release], dest: `./${posix.dirname(release)}/` };
}

/** The Prisma client generated at build time, at the root of node_modules (hoisted in a workspace too). */
const PRISMA_CLIENT: Step = {
  kind: 'copy',
  from: 'build',
  chown: OWNED,
  sources: ['/app/node_modules/.prisma'],
  dest: './node_modules/.prisma',
};

interface ProductionInput {
  built: boolean;
  standalone: boolean;
  prisma: boolean;
  files: string[];
  outDir?: string;
}

/** An app built from its own folder: production dependencies, then the build output or the source. */
function appProduction(plan: AppPlan, { built, standalone, prisma, files, outDir }: ProductionInput): Step[] {
  const steps: Step[] = [];
  // A Next.js standalone build carries the dependencies it traced; the full set would only add weight.
  if (!standalone)
    steps.push({
      kind: 'copy',
      from: 'deps',
      chown: OWNED,
      sources: ['/app/node_modules'],
      dest: './node_modules',
    });
  if (!built) {
    steps.push({ kind: 'copy', chown: OWNED, sources: ['.'], dest: '.' });
    return steps;
  }
  const outputs = buildOutputs(plan, outDir, files);
  // A server the build does not write (server/server.js beside a Vite build into dist/) runs from the source.
  if (startsOutsideOutputs(plan.startCommand, outputs))
    steps.push({ kind: 'copy', chown: OWNED, sources: ['.'], dest: '.' });
  else if (plan.framework !== 'next')
    steps.push({ kind: 'copy', chown: OWNED, sources: ['package.json'], dest: './' });
  if (prisma) steps.push(PRISMA_CLIENT);
  for (const output of outputs)
    steps.push({ kind: 'copy', from: 'build', chown: OWNED, sources: [output.from], dest: output.to });
  return steps;
}

/** The file a `node <file>` start command runs lies outside every folder the build writes. */
function startsOutsideOutputs(start: string | undefined, outputs: Array<{ to: string }>): boolean {
  const entry = /^node\s+(?:--?[\w-]+(?:=\S+)?\s+)*(\S+\.[cm]?js)$/.exec(start ?? '')?.[1];
  if (!entry || entry.startsWith('node_modules/')) return false;
  const path = posix.normalize(entry);
  return !outputs.some(({ to }) => {
    const folder = posix.normalize(to).replace(/\/$/, '');
    return folder === '.' || path.startsWith(`${folder}/`);
  });
}

/**
 * A workspace member: the production install (the root node_modules and each member's, with the links
 * between members), then the app and the members it links, built or as sources, in their own folders.
 */
function workspaceProduction(
  layout: NodeLayout,
  { built, standalone, prisma, files }: ProductionInput,
): Step[] {
  const app = layout.appDir;
  const steps: Step[] = [];
  if (standalone) {
    // Next.js traces from the workspace root (where the lockfile is): the standalone folder mirrors
    // the workspace, with the app's server.js in the app's folder.
    steps.push(
      {
        kind: 'copy',
        from: 'build',
        chown: OWNED,
        sources: [`/app/${under(app, '.next/standalone/')}`],
        dest: './',
      },
      {
        kind: 'copy',
        from: 'build',
        chown: OWNED,
        sources: [`/app/${under(app, '.next/static')}`],
        dest: `./${under(app, '.next/static')}`,
      },
      ...(files.includes('public')
        ? [
            {
              kind: 'copy' as const,
              from: 'build',
              chown: OWNED,
              sources: [`/app/${under(app, 'public')}`],
              dest: `./${under(app, 'public')}`,
            },
          ]
        : []),
    );
  } else {
    steps.push({ kind: 'copy', from: 'deps', chown: OWNED, sources: ['/app/'], dest: './' });
    if (built) {
      if (prisma) steps.push(PRISMA_CLIENT);
      steps.push({ kind: 'copy', from: 'build', chown: OWNED, sources: ['/out/'], dest: './' });
    } else {
      for (const member of layout.members)
        steps.push(
          member === '.'
            ? { kind: 'copy', chown: OWNED, sources: ['.'], dest: '.' }
            : { kind: 'copy', chown: OWNED, sources: [`${member}/`], dest: `./${member}/` },
        );
    }
  }
  if (app !== '.') steps.push({ kind: 'workdir', path: `/app/${app}` });
  return steps;
}

/** Where each static-output framework writes its files. */
function staticOutput(plan: AppPlan, outDir: string | undefined): string {
  switch (plan.framework) {
    case 'next':
      return 'out';
    case 'sveltekit':
    case 'create-react-app':
      return 'build';
    case 'angular':
      // The application builder (Angular 17 and later) writes dist/<project>/browser.
      return `dist/${plan.name}/browser`;
    default:
      // For Vite, outDir is vite.config's build.outDir (tsconfig's outDir does not apply to it).
      return outDir && plan.framework !== 'astro' ? outDir : 'dist';
  }
}

/** The dev server, listening where the container's port is published (every interface, port 8080). */
function staticDevelopmentCommand(plan: AppPlan): { argv: string[]; env: Array<[string, string]> } {
  const port = String(STATIC_PORT);
  switch (plan.framework) {
    case 'vite':
      return { argv: ['npx', 'vite', '--host', '0.0.0.0', '--port', port], env: [] };
    case 'astro':
      return { argv: ['npx', 'astro', 'dev', '--host', '0.0.0.0', '--port', port], env: [] };
    case 'angular':
      return { argv: ['npx', 'ng', 'serve', '--host', '0.0.0.0', '--port', port], env: [] };
    default:
      return {
        argv: commandArgv(plan.devCommand ?? plan.buildCommand ?? 'npm run dev'),
        env: [
          ['HOST', '0.0.0.0'],
          ['PORT', port],
        ],
      };
  }
}

/** A single-page app or static export: built with Node, served by nginx; no Node at run time. */
function singlePageAppPlan(
  plan: AppPlan,
  version: string,
  build: {
    runtime: JsRuntime;
    /** The stages before the build: base, after the bun stage when Bun installs. */
    firstStages: StagePlan[];
    install: Step[];
    /** The stage the build starts from: base, or the native modules' compilers. */
    installFrom: string;
    /** Header lines about the install. */
    notes: string[];
    outDir: string | undefined;
    appDir: string;
  },
): ImagePlan {
  const { runtime, firstStages, install, installFrom, notes, outDir, appDir } = build;
  if (!plan.buildCommand)
    throw new PlanError(
      'no build script was found: add a "build" script to package.json, then run init again',
    );
  // posix.join resolves an outDir outside the app (`../server/public`) against the app's folder.
  const output = posix.join(appDir, staticOutput(plan, outDir));
  const development = staticDevelopmentCommand(plan);
  return {
    header: [
      `Generated by shipshape for ${plan.name} (${plan.framework ?? 'static'} built with Node ${version}, served by nginx).`,
      BUILD_USAGE,
      ...(plan.runtimeVersion
        ? []
        : [`No engines.node or .nvmrc: built with the newest LTS line, Node ${version}.`]),
      ...notes,
    ],
    args: [...runtime.args, { name: 'NGINX_VERSION', value: NGINX_VERSION }],
    stages: [
      ...firstStages,
      {
        name: 'build',
        from: installFrom,
        purpose: `Every dependency, then the build into ${output}/.`,
        steps: [
          ...install,
          { kind: 'copy', sources: ['.'], dest: '.' },
          { kind: 'run', commands: [plan.buildCommand] },
        ],
      },
      {
        name: 'development',
        from: 'build',
        purpose:
          'Development: the dev server with hot reload; compose.override.yaml mounts the source over /app.',
        steps: [
          ...(appDir === '.' ? [] : [{ kind: 'workdir' as const, path: `/app/${appDir}` }]),
          ...(development.env.length ? [{ kind: 'env' as const, vars: development.env }] : []),
          { kind: 'user', user: NODE_UID },
          { kind: 'expose', port: STATIC_PORT },
          { kind: 'cmd', argv: development.argv },
        ],
      },
      nginxBaseStage(true),
      nginxProductionStage([
        {
          kind: 'copy',
          from: 'build',
          sources: [`${posix.join('/app', output)}/`],
          dest: `${STATIC_WEB_ROOT}/`,
        },
      ]),
    ],
  };
}
