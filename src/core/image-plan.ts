/**
 * A Dockerfile as data: stages of steps, each step one instruction with its options spelled out. Plans
 * per language build these; one printer (render/dockerfile.ts) writes them, so every generated
 * Dockerfile has the same layout and the same care (exec form, numeric users, cache mounts).
 */

export interface CacheMount {
  target: string;
  /** Share the cache between concurrent builds safely (`sharing=locked`), for package managers that lock. */
  locked?: boolean;
}

export type Step =
  | { kind: 'comment'; text: string }
  | { kind: 'workdir'; path: string }
  | { kind: 'env'; vars: Array<[string, string]> }
  | { kind: 'arg'; name: string; value?: string }
  | {
      kind: 'copy';
      sources: string[];
      dest: string;
      from?: string;
      chown?: string;
      chmod?: string;
      link?: boolean;
    }
  | {
      kind: 'run';
      commands: string[];
      caches?: CacheMount[];
      secrets?: BuildSecret[];
    }
  | { kind: 'user'; user: string }
  | { kind: 'expose'; port: number }
  | {
      kind: 'healthcheck';
      argv: string[];
      interval: string;
      timeout: string;
      startPeriod: string;
      retries: number;
    }
  | { kind: 'entrypoint'; argv: string[] }
  | { kind: 'cmd'; argv: string[] };

/**
 * A credential a step reads from a BuildKit secret mount: present while the step runs, in no layer and
 * in no build argument. The builder supplies it (`docker build --secret id=npmrc,src=$HOME/.npmrc`).
 */
export interface BuildSecret {
  id: string;
  /** Where the step finds it. */
  target: string;
  /** Where a developer's own copy usually is, for `src=`; `$HOME` as Compose and shells expand it. */
  source: string;
  /** The CI secret that holds its contents. */
  ciSecret: string;
}

/** The registry credentials a Dockerfile's private package registries need. */
export const REGISTRY_SECRETS = {
  npmrc: { id: 'npmrc', target: '/root/.npmrc', source: '${HOME}/.npmrc', ciSecret: 'NPMRC' },
  netrc: { id: 'netrc', target: '/root/.netrc', source: '${HOME}/.netrc', ciSecret: 'NETRC' },
  // Bundler's user config holds the credentials of a gem source (BUNDLE_GEMS__ACME__COM).
  bundler: {
    id: 'bundle_config',
    target: '/root/.bundle/config',
    source: '${HOME}/.bundle/config',
    ciSecret: 'BUNDLE_CONFIG',
  },
  // Maven's settings.xml (servers with credentials, mirrors), passed with --settings.
  maven: {
    id: 'maven_settings',
    target: '/run/secrets/maven_settings',
    source: '${HOME}/.m2/settings.xml',
    ciSecret: 'MAVEN_SETTINGS_XML',
  },
  // Gradle's user properties, where repository credentials usually live.
  gradle: {
    id: 'gradle_properties',
    target: '/root/.gradle/gradle.properties',
    source: '${HOME}/.gradle/gradle.properties',
    ciSecret: 'GRADLE_PROPERTIES',
  },
  // Composer reads auth.json beside composer.json as well as in its home.
  composer: {
    id: 'composer_auth',
    target: '/var/www/html/auth.json',
    source: '${HOME}/.config/composer/auth.json',
    ciSecret: 'COMPOSER_AUTH_JSON',
  },
} satisfies Record<string, BuildSecret>;

/** Every secret the plan's steps mount, once each. */
export function buildSecrets(plan: ImagePlan): BuildSecret[] {
  const found = new Map<string, BuildSecret>();
  for (const stage of plan.stages)
    for (const step of stage.steps)
      if (step.kind === 'run') for (const secret of step.secrets ?? []) found.set(secret.id, secret);
  return [...found.values()];
}

export interface StagePlan {
  name: string;
  from: string;
  /** One line above the stage: what it is for. */
  purpose: string;
  steps: Step[];
}

export interface ImagePlan {
  /** Header comment lines (how to build, what the targets are). */
  header: string[];
  /** ARGs before the first FROM, used by FROM lines (versions pinned to what detect found). */
  args: Array<{ name: string; value: string }>;
  stages: StagePlan[];
}
