/**
 * Java: Maven or Gradle through the project's own wrapper (the build tool version the team tests with),
 * dependencies resolved in a cached layer of their own, the package built with the repository cache
 * mounted, and a JRE (not the JDK) at run time. The JVM handles SIGTERM itself (shutdown hooks, then exit
 * 143), so it is PID 1. Eclipse Temurin's JRE has no curl: the build stage compiles a small probe that
 * uses only java.base, run by the image's own java.
 */

import type { AppPlan } from '../../core/app-plan.js';
import { type BuildSecret, type ImagePlan, REGISTRY_SECRETS, type Step } from '../../core/image-plan.js';
import { PlanError } from '../../core/plan-error.js';
import { baseImage, fromWithArg, newestMaintainedMajor } from '../shared/base-image.js';
import { BUILD_USAGE, compiledDevelopmentStage } from '../shared/conventions.js';
import { APP_UID, addAppUser, printfFile } from '../shared/debian.js';
import { listening } from '../shared/healthcheck.js';

/**
 * Java's long-term-support releases, the ones production runs: 8 and 11, then every fourth release from
 * 17 (a two-year cadence: 21, 25, 29).
 */
export function isJavaLts(major: number): boolean {
  return major === 8 || major === 11 || (major >= 17 && (major - 17) % 4 === 0);
}

/** GET the URL; exit 0 below `failAt`, 1 otherwise or on any error. java.base only. */
function probeSource(failAt: number): string[] {
  return [
    'public class Healthcheck {',
    '  public static void main(String[] args) {',
    '    try {',
    '      java.net.HttpURLConnection c = (java.net.HttpURLConnection) java.net.URI.create(args[0]).toURL().openConnection();',
    '      c.setConnectTimeout(3000);',
    '      c.setReadTimeout(3000);',
    `      System.exit(c.getResponseCode() < ${failAt} ? 0 : 1);`,
    '    } catch (Exception e) {',
    '      System.exit(1);',
    '    }',
    '  }',
    '}',
  ];
}

interface JavaBuild {
  /** Build files copied before dependencies are resolved. */
  manifests: Step[];
  cache: string;
  resolve: string;
  package: string;
  /** Copies what the runtime needs to /out. */
  collect: string;
  devCommand: string[];
  /** Credentials for the project's own repositories, mounted into the steps that download. */
  secret?: BuildSecret;
}

function javaBuild(plan: AppPlan, files: string[], privateRepository: boolean): JavaBuild {
  const has = (file: string) => files.includes(file);
  const quarkus = plan.framework === 'quarkus';
  // The settings file with the repositories' credentials, from a secret, in place of the user's own.
  const settings = privateRepository ? ` --settings ${REGISTRY_SECRETS.maven.target}` : '';
  if (plan.packageManager === 'maven') {
    if (!has('mvnw'))
      throw new PlanError(
        'no Maven wrapper: run `mvn wrapper:wrapper` and commit mvnw and .mvn/, so the image builds with your Maven',
      );
    return {
      manifests: [
        { kind: 'copy', sources: ['mvnw', 'pom.xml'], dest: './' },
        ...(has('.mvn') ? [{ kind: 'copy' as const, sources: ['.mvn'], dest: '.mvn' }] : []),
      ],
      cache: '/root/.m2',
      resolve: `./mvnw -B -q${settings} dependency:go-offline`,
      package: `./mvnw -B -q${settings} -DskipTests package`,
      secret: privateRepository ? REGISTRY_SECRETS.maven : undefined,
      collect: quarkus
        ? 'cp -r target/quarkus-app /out/quarkus-app'
        : "find target -maxdepth 1 -name '*.jar' ! -name '*-sources.jar' ! -name '*-javadoc.jar' -exec cp {} /out/app.jar ';'",
      devCommand: quarkus
        ? ['./mvnw', 'quarkus:dev', '-Dquarkus.http.host=0.0.0.0']
        : ['./mvnw', 'spring-boot:run'],
    };
  }
  if (plan.packageManager === 'gradle') {
    if (!has('gradlew'))
      throw new PlanError(
        'no Gradle wrapper: run `gradle wrapper` and commit gradlew and gradle/, so the image builds with your Gradle',
      );
    const buildFiles = [
      'settings.gradle',
      'settings.gradle.kts',
      'build.gradle',
      'build.gradle.kts',
      'gradle.properties',
    ].filter(has);
    return {
      manifests: [
        { kind: 'copy', sources: ['gradlew', ...buildFiles], dest: './' },
        ...(has('gradle') ? [{ kind: 'copy' as const, sources: ['gradle'], dest: 'gradle' }] : []),
      ],
      cache: '/root/.gradle',
      secret: privateRepository ? REGISTRY_SECRETS.gradle : undefined,
      resolve: './gradlew --no-daemon -q dependencies',
      package: quarkus
        ? './gradlew --no-daemon -q quarkusBuild -x test'
        : './gradlew --no-daemon -q build -x test',
      collect: quarkus
        ? 'cp -r build/quarkus-app /out/quarkus-app'
        : "find build/libs -maxdepth 1 -name '*.jar' ! -name '*-plain.jar' -exec cp {} /out/app.jar ';'",
      devCommand: quarkus
        ? ['./gradlew', '--no-daemon', 'quarkusDev', '-Dquarkus.http.host=0.0.0.0']
        : ['./gradlew', '--no-daemon', 'bootRun'],
    };
  }
  throw new PlanError(
    `init builds Java with Maven or Gradle; ${plan.packageManager ?? 'this build'} is not supported yet`,
  );
}

export interface JavaImageInput {
  plan: AppPlan;
  files: string[];
  /** The build names repositories of its own, with credentials. */
  privateRepository?: boolean;
}

export function javaImagePlan({ plan, files, privateRepository = false }: JavaImageInput): ImagePlan {
  const build = javaBuild(plan, files, privateRepository);
  const secrets = build.secret ? [build.secret] : undefined;
  // The declared release is the one the build tool and the code were tested with: a newer JDK can break
  // an older Gradle, so it is kept exactly rather than read as a minimum.
  const jdk = baseImage({
    image: 'eclipse-temurin',
    constraint: plan.runtimeVersion ?? newestMaintainedMajor('eclipse-temurin', isJavaLts),
    flavour: ['jdk'],
    families: ['ubuntu'],
  });
  const jre = baseImage({
    image: 'eclipse-temurin',
    constraint: jdk.version,
    flavour: ['jre'],
    families: ['ubuntu'],
    ...(jdk.distro ? { distro: jdk.distro } : {}),
  });
  if (jre.suffix.replace('-jre', '') !== jdk.suffix.replace('-jdk', ''))
    throw new PlanError(`eclipse-temurin ${jdk.version} publishes no JRE beside ${jdk.reference}`);
  const version = jdk.version;
  const port = plan.port;
  const quarkus = plan.framework === 'quarkus';
  const cache = { target: build.cache, locked: true };
  const runtime: Step[] = [
    { kind: 'workdir', path: '/app' },
    { kind: 'run', commands: [addAppUser()] },
    {
      kind: 'copy',
      from: 'build',
      sources: [quarkus ? '/out/quarkus-app' : '/out/app.jar'],
      dest: quarkus ? '/app/quarkus-app' : '/app/app.jar',
    },
    { kind: 'copy', from: 'build', sources: ['/out/Healthcheck.class'], dest: '/app/healthcheck/' },
    { kind: 'user', user: `${APP_UID}:${APP_UID}` },
    ...listening(port, (listen) => ({
      kind: 'healthcheck',
      argv: [
        'java',
        '-cp',
        '/app/healthcheck',
        'Healthcheck',
        `http://127.0.0.1:${listen}${plan.healthcheckPath ?? '/'}`,
      ],
      interval: '30s',
      timeout: '10s',
      // The JVM and the framework take a while to start.
      startPeriod: '60s',
      retries: 3,
    })),
    // The heap follows the container's memory limit, and running out of it ends the process (the
    // orchestrator restarts it) instead of leaving a JVM that limps on.
    {
      kind: 'entrypoint',
      argv: [
        'java',
        '-XX:MaxRAMPercentage=75',
        '-XX:+ExitOnOutOfMemoryError',
        '-jar',
        quarkus ? '/app/quarkus-app/quarkus-run.jar' : '/app/app.jar',
      ],
    },
  ];
  return {
    header: [
      `Generated by shipshape for ${plan.name} (Java ${version}${plan.framework ? `, ${plan.framework}` : ''}, ${plan.packageManager}).`,
      BUILD_USAGE,
      ...(plan.runtimeVersion
        ? []
        : [`The build names no Java release: pinned to the newest maintained LTS, ${version}.`]),
      ...jdk.notes,
    ],
    args: [{ name: 'JAVA_VERSION', value: version }],
    stages: [
      {
        name: 'build',
        from: fromWithArg('eclipse-temurin', 'JAVA_VERSION', jdk),
        purpose:
          'Dependencies first (cached until the build files change), then the package, with the repository cache mounted.',
        steps: [
          { kind: 'workdir', path: '/src' },
          ...build.manifests,
          { kind: 'run', caches: [cache], secrets, commands: [build.resolve] },
          { kind: 'comment', text: 'A health probe in java.base alone: the runtime image has no curl.' },
          {
            kind: 'run',
            commands: [
              'mkdir -p /out',
              printfFile('/tmp/Healthcheck.java', probeSource(plan.healthcheckPath ? 400 : 500)),
              'javac -d /out /tmp/Healthcheck.java',
            ],
          },
          { kind: 'copy', sources: ['.'], dest: '.' },
          { kind: 'run', caches: [cache], secrets, commands: [build.package, build.collect] },
        ],
      },
      compiledDevelopmentStage(port, build.devCommand),
      {
        name: 'production',
        from: fromWithArg('eclipse-temurin', 'JAVA_VERSION', jre),
        purpose:
          'Production: the JRE and the package, as an unprivileged user; the JVM stops on SIGTERM itself.',
        steps: runtime,
      },
    ],
  };
}
