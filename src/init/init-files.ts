/**
 * What init writes for an app: the files, as data (path, content and the --target each belongs to).
 * Pure: the detected plan and the few file facts the image plans need in, GeneratedFile[] out; each
 * app's stack decides its image and how it runs, the renderers print those decisions.
 */

import type { AppPlan, DeployPlan, DetectResult } from '../core/app-plan.js';
import { type BuildLayout, ownFolder, secretFlags, workspaceRoot } from '../core/build-layout.js';
import { buildSecrets, type ImagePlan } from '../core/image-plan.js';
import { PlanError } from '../core/plan-error.js';
import { renderBake } from '../render/bake.js';
import {
  renderCompose,
  renderComposeOverride,
  renderComposeProduction,
  serviceName,
} from '../render/compose.js';
import { renderDependabotConfig } from '../render/dependabot.js';
import { renderDockerfile } from '../render/dockerfile.js';
import { renderDockerignore } from '../render/dockerignore.js';
import { renderGithubActionsWorkflow } from '../render/github-actions.js';
import { renderKubernetesManifests } from '../render/kubernetes.js';
import { type HealthProbe, renderCaddyfile, renderComposeProxy, servesHttp } from '../render/proxy.js';
import { renderRailwayToml } from '../render/railway.js';
import { renderReadmeDocker } from '../render/readme-docker.js';
import { renderSwarmStack } from '../render/swarm.js';
import { buildsFromWorkspaceRoot, deployPlan, stackOf } from '../stacks/index.js';
import { BUILD_USAGE, workspaceBuildUsage } from '../stacks/shared/conventions.js';
import type { AppFacts, ImageChoices, WorkspaceFacts } from '../stacks/stack.js';
import { STATIC_HEALTH_PATH } from '../stacks/static/image-plan.js';
import { baseImageNotes } from './base-image-notes.js';

/** The outputs init can write, each named as `--target` names it. */
export const TARGETS = [
  'docker',
  'compose',
  'bake',
  'railway',
  'github-actions',
  'kubernetes',
  'swarm',
  'proxy',
] as const;
export type Target = (typeof TARGETS)[number];

export interface GeneratedFile {
  /** Relative to the repository root. */
  path: string;
  content: string;
  /** The --target that writes it. */
  target: Target;
}

/**
 * Every file init can write for a repository: one app's, or, in a repository of independent apps in
 * their own folders, each app's with a docker-bake.hcl at the root that builds them together.
 * `toolVersion` is shipshape's own version, for generated files that run shipshape again (the CI lint step).
 */
export function initFiles(
  result: DetectResult,
  facts: (appPath: string) => AppFacts,
  toolVersion: string,
  choices: ImageChoices = { base: 'debian' },
): GeneratedFile[] {
  if (result.apps.length === 0) throw new PlanError(result.warnings[0] ?? 'no app recognised');
  // A workspace (one lockfile at the root, members linked to each other) builds its stack's apps from there.
  const workspace = result.monorepo && result.packageManager !== undefined;
  const apps = result.apps.map(
    (detected): AppPlan =>
      // Static files are served by the generated nginx server, whose health route every target can probe.
      detected.static
        ? { ...detected, healthcheckPath: detected.healthcheckPath ?? STATIC_HEALTH_PATH }
        : detected,
  );
  const rootFacts = workspace ? facts('.') : undefined;
  const root: WorkspaceFacts | undefined = rootFacts
    ? {
        rootFiles: rootFacts.files,
        privateRegistry: rootFacts.privateRegistry,
        yarnBerry: rootFacts.yarnBerry,
        nodeInstall: rootFacts.nodeInstall,
        members: [...new Set([...apps.map((app) => app.path), ...result.libraries])].sort(),
      }
    : undefined;
  const fromRoot = (app: AppPlan) => buildsFromWorkspaceRoot(result, app);
  const images = apps.map((app) =>
    fromRoot(app)
      ? appImage(app, facts(app.path), workspaceRoot(app), root, choices)
      : appImage(app, facts(app.path), ownFolder(app), undefined, choices),
  );
  const proxyPossible = !proxyUnavailable(images.map(({ app }) => app));
  const proxied = (app: AppPlan) => proxyPossible && servesHttp(app);
  const files = images.flatMap((image) => appFiles(image, toolVersion, proxied(image.app)));
  for (const image of images.filter(({ app }) => proxied(app))) files.push(...proxyFiles(image));
  const rootBuilt = images.filter(({ app, build }) => build.appDir !== '.' && app.path !== '.');
  if (rootBuilt.length)
    files.unshift({
      path: '.dockerignore',
      content: renderDockerignore(
        rootBuilt.map(({ app }) => app),
        true,
      ),
      target: 'docker',
    });
  // Several images to build together (an app at a workspace's root is the only one there).
  if (result.monorepo && apps.some((app) => app.path !== '.'))
    files.push({
      path: 'docker-bake.hcl',
      content: renderBake(images.map(({ app, build }) => ({ app, layout: build }))),
      target: 'bake',
    });
  // One for the repository, beside the workflows; each app's lockfile is at its build context's root.
  files.push({
    path: '.github/dependabot.yml',
    content: renderDependabotConfig(images.map(({ app, build }) => ({ app, manifestDir: build.context }))),
    target: 'github-actions',
  });
  return files;
}

/**
 * Why `--target proxy` writes nothing here, or undefined when it writes a proxy. One Caddy serves the one
 * app with a port; several apps are several Compose projects (one per folder), and one proxy in front
 * of them would need a network they share, which init does not write: it says so rather than write
 * proxies that all claim ports 80 and 443 of one host.
 */
export function proxyUnavailable(apps: ReadonlyArray<Pick<AppPlan, 'name' | 'port'>>): string | undefined {
  const web = apps.filter(servesHttp);
  if (!web.length) return 'no app here listens on a port (a worker has no site to serve)';
  if (web.length > 1)
    return `${web.length} apps listen on a port (${web.map((app) => app.name).join(', ')}), and one Caddy in front of several Compose projects is not written: see README.md, "A reverse proxy"`;
  return undefined;
}

function proxyFiles({ app, plan }: AppImage): GeneratedFile[] {
  const production = plan.stages.find((stage) => stage.name === 'production') ?? plan.stages.at(-1);
  const probe = production?.steps.find((step): step is HealthProbe => step.kind === 'healthcheck');
  const join = (name: string) => (app.path === '.' ? name : `${app.path}/${name}`);
  return [
    { path: join('Caddyfile'), content: renderCaddyfile(app), target: 'proxy' },
    { path: join('compose.proxy.yaml'), content: renderComposeProxy(app, probe), target: 'proxy' },
  ];
}

/** An app's image: its plan, and how it is built (context, Dockerfile, the secrets the build mounts). */
interface AppImage {
  app: DeployPlan;
  plan: ImagePlan;
  build: BuildLayout;
}

function appImage(
  app: AppPlan,
  appFacts: AppFacts,
  layout: BuildLayout,
  workspace: WorkspaceFacts | undefined,
  choices: ImageChoices,
): AppImage {
  const stack = stackOf(app);
  if (!stack.baseFamilies.includes(choices.base))
    throw new PlanError(
      `--base ${choices.base} is not available for ${stack.recognisedBy} apps (${stack.baseFamilies.join(', ')} ${stack.baseFamilies.length === 1 ? 'is' : 'are'}): ${app.path === '.' ? 'this app' : app.path} has no ${choices.base} runtime init can build on`,
    );
  const plan = stack.imagePlan(app, appFacts, workspace, choices);
  const build = { ...layout, secrets: buildSecrets(plan) };
  return { app: deployPlan(app, build), plan, build };
}

function appFiles({ app, plan, build }: AppImage, toolVersion: string, proxied: boolean): GeneratedFile[] {
  const dockerfile = renderDockerfile({
    ...plan,
    header: [
      ...plan.header.map((line) =>
        line === BUILD_USAGE && build.appDir !== '.' ? workspaceBuildUsage(build.dockerfile) : line,
      ),
      ...(build.secrets.length
        ? [`Registry credentials come from build secrets, in no layer: add${secretFlags(build)}`]
        : []),
      ...baseImageNotes(plan),
    ],
  });
  const join = (name: string) => (app.path === '.' ? name : `${app.path}/${name}`);
  return [
    { path: join('Dockerfile'), content: dockerfile, target: 'docker' },
    // A workspace's apps share the root's .dockerignore: Docker reads it at the build context's root.
    ...(build.appDir === '.'
      ? [{ path: join('.dockerignore'), content: renderDockerignore([app]), target: 'docker' as const }]
      : []),
    { path: join('README.Docker.md'), content: renderReadmeDocker(app, build, proxied), target: 'docker' },
    { path: join('compose.yaml'), content: renderCompose(app, build), target: 'compose' },
    { path: join('compose.override.yaml'), content: renderComposeOverride(app), target: 'compose' },
    { path: join('compose.prod.yaml'), content: renderComposeProduction(app), target: 'compose' },
    { path: join('railway.toml'), content: renderRailwayToml(app, build), target: 'railway' },
    { path: join('docker-stack.yml'), content: renderSwarmStack(app), target: 'swarm' },
    ...renderKubernetesManifests(app).map((file) => ({
      path: join(file.path),
      content: file.content,
      target: 'kubernetes' as const,
    })),
    // Workflows live at the repository root whichever folder the app is in.
    {
      path: `.github/workflows/container-${serviceName(app)}.yml`,
      content: renderGithubActionsWorkflow(app, { toolVersion, layout: build }),
      target: 'github-actions',
    },
  ];
}
