import type { AppPlan, Deployment, Language } from '../core/app-plan.js';
import type { BuildLayout } from '../core/build-layout.js';
import type { ImagePlan } from '../core/image-plan.js';
import type { NodeInstallFacts } from './node/install-facts.js';
import type { FileView } from './shared/file-view.js';
import type { InstallCommand } from './shared/install-command.js';

/**
 * Everything shipshape knows about one stack, decided once, here: whether a folder is such an app and
 * its AppPlan (pure functions of the file view; odd input becomes a warning, never an exception), the
 * image it builds, what its apps need at run time, and what lint and verify call its dependency install.
 * A new stack is a folder with one of these, and one line in stacks/index.ts.
 */
export interface Stack {
  language: Language;
  /** How the unrecognised-app message names it and the files that announce it: `Node (package.json)`. */
  recognisedBy: string;
  detect(view: FileView, dir: string): boolean;
  plan(view: FileView, dir: string): AppPlan;
  imagePlan(
    app: AppPlan,
    facts: AppFacts,
    workspace: WorkspaceFacts | undefined,
    choices: ImageChoices,
  ): ImagePlan;
  /** The base families (`init --base`) its image plan can build on. */
  baseFamilies: readonly BaseFamily[];
  /** How the app runs in its image and in development, for the files around the Dockerfile. */
  deployment(app: AppPlan, layout: BuildLayout): Deployment;
  /** The commands that install this stack's dependencies from its manifests. */
  installCommands: InstallCommand[];
  /** Workspace package managers (as DetectResult names them) whose apps of this stack build from the root. */
  workspaceManagers: string[];
}

/**
 * The base image family the user chose (`init --base`): Debian slim, the default, or distroless, where
 * the stack's runtime has a distroless image (Node, and Go and Rust, whose runtimes are distroless anyway).
 */
export type BaseFamily = 'debian' | 'distroless';
export const BASE_FAMILIES: readonly BaseFamily[] = ['debian', 'distroless'];

/** What the user decided about the image, beyond what detect found. */
export interface ImageChoices {
  base: BaseFamily;
}

/** The few facts about an app's files that image plans need beyond its AppPlan (detect/app-facts.ts reads them). */
export interface AppFacts {
  /** Names at the app's root. */
  files: string[];
  outDir?: string;
  prisma: boolean;
  /** The Bun version package.json names ("packageManager": "bun@1.4.5"). */
  bunVersion?: string;
  /** The folder uses Yarn 2 or later (stacks/node/package-managers.ts decides, as for detect). */
  yarnBerry: boolean;
  /** The pnpm or Yarn release, native modules and .npmrc settings a Node install needs (stacks/node/install-facts.ts). */
  nodeInstall: NodeInstallFacts;
  /** Gemfile.lock lists at least one gem. */
  gems: boolean;
  /** .NET project, solution and build settings files, relative to the app. */
  dotnetProjectFiles: string[];
  /** composer.json requires packages or declares an autoloader. */
  composerInstall: boolean;
  /** PHP extensions composer.json requires (`ext-intl` as `intl`). */
  phpExtensions: string[];
  /** build.outDir of vite.config, relative to the app (it may lie outside it). */
  viteOutDir?: string;
  /** requirements.txt and the files it includes (`-r`, `-c`), relative to the app; empty without one. */
  requirementFiles?: string[];
  /** The project installs from a registry of its own (a Python index, a gem source, Maven, Gradle or Composer repositories), with credentials. */
  privateRegistry: boolean;
}

/** The workspace root, for apps built from it. */
export interface WorkspaceFacts {
  /** Names at the workspace root. */
  rootFiles: string[];
  /** Every member's folder, apps and libraries. */
  members: string[];
  /** The root's Yarn is 2 or later. */
  yarnBerry: boolean;
  /** The root's pnpm or Yarn release, native modules and .npmrc settings. */
  nodeInstall: NodeInstallFacts;
  /** The root's .npmrc names a registry of its own or a login. */
  privateRegistry: boolean;
}

/** An app's name when its manifest gives none: its folder's name (the repository's, for the root). */
export function appName(view: FileView, dir: string): string {
  return baseName(dir === '.' ? view.root : dir, 'app');
}

export function baseName(dir: string, fallback: string): string {
  const last = dir.split('/').filter(Boolean).pop();
  return last && last !== '.' ? last : fallback;
}

/** The half of a Stack that reads a folder (each stack's detect.ts). */
export type StackDetection = Pick<Stack, 'language' | 'detect' | 'plan'>;
