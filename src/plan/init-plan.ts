/**
 * What init writes for an app: the files, as data (path and content), for every target. Pure: the app's
 * plan and the few file facts the plans need in, GeneratedFile[] out; choosing targets and writing the
 * files is the CLI's job.
 */

import type { AppPlan, DetectResult } from '../detect/plan.js';
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
import { renderRailwayToml } from '../render/railway.js';
import { renderReadmeDocker } from '../render/readme-docker.js';
import { renderSwarmStack } from '../render/swarm.js';
import {
  type BuildLayout,
  buildsFromWorkspaceRoot,
  ownFolder,
  secretFlags,
  workspaceRoot,
} from './build-layout.js';
import { BUILD_USAGE, workspaceBuildUsage } from './image/conventions.js';
import { dotnetImagePlan } from './image/dotnet.js';
import { goImagePlan } from './image/go.js';
import { javaImagePlan } from './image/java.js';
import { nodeImagePlan } from './image/node.js';
import { phpImagePlan } from './image/php.js';
import { pythonImagePlan } from './image/python.js';
import { rubyImagePlan } from './image/ruby.js';
import { rustImagePlan } from './image/rust.js';
import { STATIC_HEALTH_PATH, staticImagePlan } from './image/static.js';
import { buildSecrets, type ImagePlan } from './image-plan.js';
import { PlanError } from './plan-error.js';

export interface GeneratedFile {
  /** Relative to the repository root. */
  path: string;
  content: string;
}

export interface AppFacts {
  /** Names at the app's root. */
  files: string[];
  outDir?: string;
  prisma: boolean;
  /** The Bun version package.json names ("packageManager": "bun@1.4.5"). */
  bunVersion?: string;
  /** Gemfile.lock lists at least one gem. */
  gems: boolean;
  /** .NET project, solution and build settings files, relative to the app. */
  dotnetProjectFiles: string[];
  /** composer.json requires packages or declares an autoloader. */
  composerInstall: boolean;
  /** PHP extensions composer.json requires (`ext-intl` as `intl`). */
  phpExtensions: string[];
  /** The project installs from a registry of its own (a Python index, a gem source, Maven, Gradle or Composer repositories), with credentials. */
  privateRegistry: boolean;
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
        members: [...new Set([...apps.map((app) => app.path), ...result.libraries])].sort(),
      }
    : undefined;
  const fromRoot = (app: AppPlan) => buildsFromWorkspaceRoot(result, app);
  const images = apps.map((app) =>
    fromRoot(app)
      ? appImage(app, facts(app.path), workspaceRoot(app), root)
      : appImage(app, facts(app.path), ownFolder(app), undefined),
  );
  const files = images.flatMap((image) => appFiles(image, toolVersion));
  const rootBuilt = apps.filter((app) => fromRoot(app) && app.path !== '.');
  if (rootBuilt.length)
    files.unshift({ path: '.dockerignore', content: renderDockerignore(rootBuilt, true) });
  // Several images to build together (an app at a workspace's root is the only one there).
  if (result.monorepo && apps.some((app) => app.path !== '.'))
    files.push({
      path: 'docker-bake.hcl',
      content: renderBake(images.map(({ app, build }) => ({ app, layout: build }))),
    });
  // One for the repository, beside the workflows (--target github-actions).
  files.push({
    path: '.github/dependabot.yml',
    content: renderDependabotConfig(
      apps.map((app) => ({ app, manifestDir: fromRoot(app) ? '.' : app.path })),
    ),
  });
  return files;
}

/** An app's image: its plan, and how it is built (context, Dockerfile, the secrets the build mounts). */
interface AppImage {
  app: AppPlan;
  plan: ImagePlan;
  build: BuildLayout;
}

function appImage(
  app: AppPlan,
  appFacts: AppFacts,
  layout: BuildLayout,
  workspace: WorkspaceFacts | undefined,
): AppImage {
  const plan = imagePlan(app, appFacts, workspace);
  return { app, plan, build: { ...layout, secrets: buildSecrets(plan) } };
}

/** The workspace root, for apps built from it. */
interface WorkspaceFacts {
  /** Names at the workspace root. */
  rootFiles: string[];
  /** Every member's folder, apps and libraries. */
  members: string[];
  /** The root's .npmrc names a registry of its own or a login. */
  privateRegistry: boolean;
}

function appFiles({ app, plan, build }: AppImage, toolVersion: string): GeneratedFile[] {
  const dockerfile = renderDockerfile({
    ...plan,
    header: [
      ...plan.header.map((line) =>
        line === BUILD_USAGE && build.appDir !== '.' ? workspaceBuildUsage(build.dockerfile) : line,
      ),
      ...(build.secrets.length
        ? [`Registry credentials come from build secrets, in no layer: add${secretFlags(build)}`]
        : []),
    ],
  });
  const join = (name: string) => (app.path === '.' ? name : `${app.path}/${name}`);
  return [
    { path: join('Dockerfile'), content: dockerfile },
    // A workspace's apps share the root's .dockerignore: Docker reads it at the build context's root.
    ...(build.appDir === '.' ? [{ path: join('.dockerignore'), content: renderDockerignore([app]) }] : []),
    { path: join('README.Docker.md'), content: renderReadmeDocker(app, build) },
    { path: join('compose.yaml'), content: renderCompose(app, build) },
    { path: join('compose.override.yaml'), content: renderComposeOverride(app, build) },
    { path: join('compose.prod.yaml'), content: renderComposeProduction(app, build) },
    { path: join('railway.toml'), content: renderRailwayToml(app, build) },
    { path: join('docker-stack.yml'), content: renderSwarmStack(app, build) },
    ...renderKubernetesManifests(app, build).map((file) => ({
      path: join(file.path),
      content: file.content,
    })),
    // Workflows live at the repository root whichever folder the app is in.
    {
      path: `.github/workflows/container-${serviceName(app)}.yml`,
      content: renderGithubActionsWorkflow(app, { toolVersion, layout: build }),
    },
  ];
}

function imagePlan(app: AppPlan, facts: AppFacts, workspace: WorkspaceFacts | undefined): ImagePlan {
  switch (app.language) {
    case 'node':
      return nodeImagePlan({
        plan: app,
        files: facts.files,
        outDir: facts.outDir,
        prisma: facts.prisma,
        workspace,
        bunVersion: facts.bunVersion,
        // A workspace installs once, with the root's .npmrc.
        privateRegistry: workspace ? workspace.privateRegistry : facts.privateRegistry,
      });
    case 'go':
      return goImagePlan({ plan: app, files: facts.files, workspace: workspace?.rootFiles });
    case 'python':
      return pythonImagePlan({ plan: app, files: facts.files, privateIndex: facts.privateRegistry });
    case 'rust':
      // A Cargo workspace has one Cargo.lock, at its root.
      return rustImagePlan({ plan: app, files: workspace?.rootFiles ?? facts.files });
    case 'static':
      return staticImagePlan({ plan: app });
    case 'java':
      return javaImagePlan({ plan: app, files: facts.files, privateRepository: facts.privateRegistry });
    case 'dotnet':
      return dotnetImagePlan({ plan: app, projectFiles: facts.dotnetProjectFiles });
    case 'ruby':
      return rubyImagePlan({
        plan: app,
        files: facts.files,
        hasGems: facts.gems,
        privateSource: facts.privateRegistry,
      });
    case 'php':
      return phpImagePlan({
        plan: app,
        files: facts.files,
        composerInstall: facts.composerInstall,
        extensions: facts.phpExtensions,
        privateRepositories: facts.privateRegistry,
      });
    default:
      throw new PlanError(
        `init does not write Dockerfiles for ${app.language} apps yet (Node.js, Go, Python, Rust, Java, .NET, Ruby, PHP and static sites are supported)`,
      );
  }
}
