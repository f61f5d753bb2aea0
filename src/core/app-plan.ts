/** The contract between detect and init (printed by `detect --json`; schema in docs/detect.schema.json). */

/**
 * A stack's name (node, python, go...): stacks/index.ts lists the stacks, so a new one needs no change
 * here. Nothing outside a stack's folder switches on it.
 */
export type Language = string;

export const SERVICES = [
  'postgres',
  'mysql',
  'mongodb',
  'redis',
  'rabbitmq',
  'kafka',
  'memcached',
  'elasticsearch',
] as const;
export type ServiceKind = (typeof SERVICES)[number];

export interface AppPlan {
  name: string;
  /** Relative to the repository root ('.' for the root itself). */
  path: string;
  language: Language;
  /** The runtime version the app asks for (`20`, `3.11`, `1.22`), undefined when it says nothing. */
  runtimeVersion: string | undefined;
  /**
   * What the base image's version must satisfy, as the app states it: a range (`>=18`, `^3.11`, Go's
   * minimum `>=1.22`) or an exact pin (`.nvmrc` 20.11.1, rust-toolchain 1.95). Undefined: the newest
   * maintained line.
   */
  runtimeConstraint?: string | undefined;
  framework: string | undefined;
  packageManager: string | undefined;
  installCommand: string | undefined;
  buildCommand: string | undefined;
  startCommand: string | undefined;
  /** A command with hot reload for development, when the stack has one. */
  devCommand: string | undefined;
  /** Applies the app's database migrations (Prisma, Django, Alembic, Rails, Laravel, Knex...), run once per deploy. */
  migrateCommand: string | undefined;
  port: number | undefined;
  /** The variable the code reads its port from (PORT, HTTP_PORT): the image sets it to `port`, the port probed. */
  portEnv: string | undefined;
  /** Built into static files served by a web server: no language runtime at run time. */
  static: boolean;
  services: ServiceKind[];
  /** The variable the code reads a service's address from, where it is not the usual one (POSTGRES_URL). */
  serviceEnv?: Partial<Record<ServiceKind, string>>;
  /** Workspace members the app builds with (paths from the root), each after the members it needs. */
  localDependencies: string[];
  healthcheckPath: string | undefined;
  /** The app stops on SIGTERM itself; otherwise, as PID 1, it ignores `docker stop` and the image needs an init. */
  handlesSigterm: boolean;
  /** Where each value came from, for `detect` to explain itself (`runtimeVersion: .nvmrc`). */
  evidence: Record<string, string>;
  warnings: string[];
}

export interface DetectResult {
  root: string;
  monorepo: boolean;
  /** The workspace's package manager (npm, pnpm, yarn, bun, cargo, go), for monorepos. */
  packageManager: string | undefined;
  apps: AppPlan[];
  /** Workspace members that are libraries: built as part of apps, not deployed. */
  libraries: string[];
  /** What was found when no app could be recognised. */
  warnings: string[];
}

export function emptyPlan(language: Language, name: string, path: string): AppPlan {
  return {
    name,
    path,
    language,
    runtimeVersion: undefined,
    framework: undefined,
    packageManager: undefined,
    installCommand: undefined,
    buildCommand: undefined,
    startCommand: undefined,
    devCommand: undefined,
    migrateCommand: undefined,
    port: undefined,
    portEnv: undefined,
    static: false,
    services: [],
    localDependencies: [],
    healthcheckPath: undefined,
    handlesSigterm: false,
    evidence: {},
    warnings: [],
  };
}

/** A folder the app writes at run time, on a root file system that is otherwise read-only. */
export interface WritablePath {
  path: string;
  /** A name for it where one is needed (a Kubernetes volume): `tmp`, `app-storage-framework-cache`. */
  name: string;
}

/**
 * What an app's stack decides about running it, once its build layout is known: the files around the
 * Dockerfile (Compose, Swarm, Kubernetes, Railway, .dockerignore, the README) read these and never pick
 * a default of their own per stack.
 */
export interface Deployment {
  /** Where the app runs in its image. */
  workdir: string;
  /** /tmp and the folders its framework writes while it runs: a tmpfs each, or an emptyDir in Kubernetes. */
  writablePaths: WritablePath[];
  development: {
    /** compose.override.yaml's volumes: the source mounted over the image's copy, and what the image keeps. */
    volumes: string[];
    /** The environment of the development target. */
    environment: Record<string, string>;
  };
  /** The image target whose tools run the migrations (Node's CLIs are usually devDependencies). */
  migrationTarget: 'development' | 'production';
  /** What the image builds itself, left out of the build context (.dockerignore). */
  contextIgnores: string[];
  /** The files at a workspace root that every member's build reads (Railway watches them). */
  workspaceRootFiles: string[];
  /** Dependabot's `package-ecosystem` for the app's own manifests (`npm`, `pip`, `gomod`), if it reads them. */
  updateEcosystem: string | undefined;
}

/** An app as init renders it: what detect found, and what its stack decided for its build layout. */
export type DeployPlan = AppPlan & Deployment;
