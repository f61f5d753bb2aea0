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
import { renderDockerfile } from '../render/dockerfile.js';
import { renderDockerignore } from '../render/dockerignore.js';
import { renderGithubActionsWorkflow } from '../render/github-actions.js';
import { renderKubernetesManifests } from '../render/kubernetes.js';
import { renderRailwayToml } from '../render/railway.js';
import { renderReadmeDocker } from '../render/readme-docker.js';
import { renderSwarmStack } from '../render/swarm.js';
import { dotnetImagePlan } from './image/dotnet.js';
import { goImagePlan } from './image/go.js';
import { javaImagePlan } from './image/java.js';
import { nodeImagePlan } from './image/node.js';
import { pythonImagePlan } from './image/python.js';
import { rubyImagePlan } from './image/ruby.js';
import { rustImagePlan } from './image/rust.js';
import { STATIC_HEALTH_PATH, staticImagePlan } from './image/static.js';
import type { ImagePlan } from './image-plan.js';
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
  /** Gemfile.lock lists at least one gem. */
  gems: boolean;
  /** .NET project, solution and build settings files, relative to the app. */
  dotnetProjectFiles: string[];
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
  if (result.monorepo && result.packageManager)
    throw new PlanError(
      `init does not write files for ${result.packageManager} workspaces yet: their apps build from the workspace root with one lockfile`,
    );
  const apps = result.apps.map(
    (detected): AppPlan =>
      // Static files are served by the generated nginx server, whose health route every target can probe.
      detected.static
        ? { ...detected, healthcheckPath: detected.healthcheckPath ?? STATIC_HEALTH_PATH }
        : detected,
  );
  const files = apps.flatMap((app) => appFiles(app, facts(app.path), toolVersion));
  if (result.monorepo) files.push({ path: 'docker-bake.hcl', content: renderBake(apps) });
  return files;
}

function appFiles(app: AppPlan, appFacts: AppFacts, toolVersion: string): GeneratedFile[] {
  const dockerfile = renderDockerfile(imagePlan(app, appFacts));
  const join = (name: string) => (app.path === '.' ? name : `${app.path}/${name}`);
  return [
    { path: join('Dockerfile'), content: dockerfile },
    { path: join('.dockerignore'), content: renderDockerignore(app) },
    { path: join('README.Docker.md'), content: renderReadmeDocker(app) },
    { path: join('compose.yaml'), content: renderCompose(app) },
    { path: join('compose.override.yaml'), content: renderComposeOverride(app) },
    { path: join('compose.prod.yaml'), content: renderComposeProduction(app) },
    { path: join('railway.toml'), content: renderRailwayToml(app) },
    { path: join('docker-stack.yml'), content: renderSwarmStack(app) },
    ...renderKubernetesManifests(app).map((file) => ({ path: join(file.path), content: file.content })),
    // Workflows live at the repository root whichever folder the app is in.
    {
      path: `.github/workflows/container-${serviceName(app)}.yml`,
      content: renderGithubActionsWorkflow(app, { toolVersion }),
    },
  ];
}

function imagePlan(app: AppPlan, facts: AppFacts): ImagePlan {
  switch (app.language) {
    case 'node':
      return nodeImagePlan({ plan: app, files: facts.files, outDir: facts.outDir, prisma: facts.prisma });
    case 'go':
      return goImagePlan({ plan: app, files: facts.files });
    case 'python':
      return pythonImagePlan({ plan: app, files: facts.files });
    case 'rust':
      return rustImagePlan({ plan: app, files: facts.files });
    case 'static':
      return staticImagePlan({ plan: app });
    case 'java':
      return javaImagePlan({ plan: app, files: facts.files });
    case 'dotnet':
      return dotnetImagePlan({ plan: app, projectFiles: facts.dotnetProjectFiles });
    case 'ruby':
      return rubyImagePlan({ plan: app, files: facts.files, hasGems: facts.gems });
    default:
      throw new PlanError(
        `init does not write Dockerfiles for ${app.language} apps yet (Node.js, Go, Python, Rust, Java, .NET, Ruby and static sites are supported)`,
      );
  }
}
