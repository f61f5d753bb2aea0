/** Java: Maven or Gradle (with their wrappers), the Java release from the build file, Spring Boot, Quarkus, Micronaut. */

import { type AppPlan, emptyPlan } from '../../core/app-plan.js';
import { healthPath } from '../shared/runtime-hints.js';
import { join, servicesFromDependencies, servicesFromFiles } from '../shared/services.js';
import { appName, type StackDetection } from '../stack.js';

const GRADLE_FILES = ['build.gradle', 'build.gradle.kts'];

/** `group:artifact` coordinates from a pom.xml or a Gradle build file. */
export function javaDependencies(build: string): string[] {
  const found: string[] = [];
  for (const match of build.matchAll(/<groupId>([^<]+)<\/groupId>\s*<artifactId>([^<]+)<\/artifactId>/g))
    found.push(`${match[1]}:${match[2]}`);
  for (const match of build.matchAll(/["']([\w.-]+):([\w.-]+)(?::[^"']*)?["']/g))
    found.push(`${match[1]}:${match[2]}`);
  return found;
}

/** Sections of a pom whose artifactIds are other projects' (the parent, dependencies, plugins, modules). */
const NESTED_POM_SECTIONS =
  /<(parent|dependencies|dependencyManagement|build|profiles|modules|reporting|distributionManagement|pluginRepositories|repositories)\b[^>]*>[\s\S]*?<\/\1>/g;

/**
 * The project's own artifactId: the one left once the sections that name other artifacts are removed.
 * Taking the first artifactId in the file named apps after their parent (spring-boot-starter-parent).
 * No XML parser is among the dependencies, and a pom's top level is regular enough for this.
 */
export function projectArtifactId(pom: string): string | undefined {
  const topLevel = pom.replace(/<!--[\s\S]*?-->/g, '').replace(NESTED_POM_SECTIONS, '');
  return /<artifactId>\s*([^<\s]+)\s*<\/artifactId>/.exec(topLevel)?.[1];
}

export const javaDetection: StackDetection = {
  language: 'java',
  detect: (view, dir) =>
    view.exists(join(dir, 'pom.xml')) || GRADLE_FILES.some((file) => view.exists(join(dir, file))),
  plan(view, dir) {
    const maven = view.exists(join(dir, 'pom.xml'));
    const build = maven
      ? (view.read(join(dir, 'pom.xml')) ?? '')
      : GRADLE_FILES.map((file) => view.read(join(dir, file)) ?? '').join('\n');
    const artifact = maven ? projectArtifactId(build) : undefined;
    const settings =
      view.read(join(dir, 'settings.gradle')) ?? view.read(join(dir, 'settings.gradle.kts')) ?? '';
    const name = artifact ?? /rootProject\.name\s*=\s*["']([^"']+)/.exec(settings)?.[1] ?? appName(view, dir);
    const plan: AppPlan = emptyPlan('java', name, dir);
    const wrapper = maven ? view.exists(join(dir, 'mvnw')) : view.exists(join(dir, 'gradlew'));
    const tool = maven ? (wrapper ? './mvnw' : 'mvn') : wrapper ? './gradlew' : 'gradle';
    plan.packageManager = maven ? 'maven' : 'gradle';
    plan.evidence.packageManager = wrapper ? `${tool} (wrapper)` : tool;
    plan.installCommand = maven ? `${tool} -B -q dependency:go-offline` : `${tool} --no-daemon dependencies`;

    const version =
      /<java\.version>(\d+)<\/java\.version>/.exec(build)?.[1] ??
      /<maven\.compiler\.(?:release|target|source)>(?:1\.)?(\d+)</.exec(build)?.[1] ??
      /<release>(\d+)<\/release>/.exec(build)?.[1] ??
      /JavaLanguageVersion\.of\((\d+)\)/.exec(build)?.[1] ??
      /JavaVersion\.VERSION_(?:1_)?(\d+)/.exec(build)?.[1] ??
      /sourceCompatibility\s*=\s*['"]?(?:1\.)?(\d+)/.exec(build)?.[1];
    if (version) {
      plan.runtimeVersion = version;
      plan.evidence.runtimeVersion = maven ? 'pom.xml' : 'Gradle build file';
    } else plan.warnings.push('no Java release in the build file: assuming the current LTS');

    const deps = javaDependencies(build);
    if (/spring-boot/.test(build)) plan.framework = 'spring-boot';
    else if (/io\.quarkus/.test(build)) plan.framework = 'quarkus';
    else if (/io\.micronaut/.test(build)) plan.framework = 'micronaut';

    if (maven) {
      plan.buildCommand = `${tool} -B -DskipTests package`;
      plan.startCommand =
        plan.framework === 'quarkus'
          ? 'java -jar /app/quarkus-app/quarkus-run.jar'
          : 'java -jar /app/app.jar';
    } else {
      const task =
        plan.framework === 'spring-boot'
          ? 'bootJar'
          : plan.framework === 'quarkus'
            ? 'quarkusBuild'
            : plan.framework === 'micronaut'
              ? 'shadowJar'
              : 'build';
      plan.buildCommand = `${tool} --no-daemon ${task} -x test`;
      plan.startCommand =
        plan.framework === 'quarkus'
          ? 'java -jar /app/quarkus-app/quarkus-run.jar'
          : 'java -jar /app/app.jar';
    }
    const sources = view.find(
      join(dir, 'src/main'),
      (file) => /\.(java|kt|properties|ya?ml)$/.test(file),
      60,
      8,
    );
    const configuredPort = sources
      .map(
        (file) =>
          /(?:server\.port|quarkus\.http\.port|micronaut\.server\.port)\s*[=:]\s*(\d+)/.exec(
            view.read(file) ?? '',
          )?.[1],
      )
      .find(Boolean);
    plan.port = configuredPort ? Number(configuredPort) : 8080;
    plan.evidence.port = configuredPort ? 'application properties' : 'framework default 8080';
    if (deps.some((dep) => dep.endsWith(':spring-boot-starter-actuator'))) {
      plan.healthcheckPath = '/actuator/health';
      plan.evidence.healthcheckPath = 'spring-boot-starter-actuator';
    } else if (deps.some((dep) => dep.endsWith(':quarkus-smallrye-health')))
      plan.healthcheckPath = '/q/health';
    else {
      const health = healthPath(view, sources);
      if (health) plan.healthcheckPath = health.path;
    }
    const services = servicesFromDependencies(deps);
    if (deps.some((dep) => dep.endsWith(':postgresql'))) services.add('postgres');
    if (deps.some((dep) => /mysql-connector|mariadb-java-client/.test(dep))) services.add('mysql');
    plan.services = [...new Set([...services, ...servicesFromFiles(view, [dir])])].sort();
    return plan;
  },
};
