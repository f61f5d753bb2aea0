import { describe, expect, it } from 'vitest';
import { type AppPlan, emptyPlan } from '../../core/app-plan.js';
import { renderDockerfile } from '../../render/dockerfile.js';
import { javaImagePlan } from './image-plan.js';

function dockerfile(changes: Partial<AppPlan>, files: string[]): string {
  const plan: AppPlan = { ...emptyPlan('java', 'orders', '.'), port: 8080, ...changes };
  return renderDockerfile(javaImagePlan({ plan, files }));
}

describe('Java images', () => {
  it.each([
    ['maven', undefined, ['mvnw', '.mvn', 'pom.xml'], 'COPY .mvn .mvn', '/out/app.jar'],
    [
      'gradle',
      undefined,
      ['gradlew', 'gradle', 'settings.gradle.kts', 'build.gradle.kts'],
      'COPY gradle gradle',
      "! -name '*-plain.jar'",
    ],
    [
      'gradle',
      'quarkus',
      ['gradlew', 'build.gradle.kts'],
      'quarkusBuild',
      '/app/quarkus-app/quarkus-run.jar',
    ],
  ])(
    '%s %s: the wrapper, dependencies before source, a JRE at run time',
    (packageManager, framework, files, build, runs) => {
      const text = dockerfile({ packageManager, framework }, files);
      expect(text).toContain(build);
      expect(text).toContain(runs);
      expect(text).toMatch(/FROM eclipse-temurin:\$\{JAVA_VERSION\}-jre-[a-z]+ AS production/);
      expect(text.indexOf('dependenc')).toBeLessThan(text.indexOf('COPY . .'));
    },
  );

  it.each([
    ['maven', ['pom.xml'], /no Maven wrapper/],
    ['gradle', ['build.gradle'], /no Gradle wrapper/],
    ['sbt', ['build.sbt'], /Maven or Gradle/],
  ])('%s without what it needs says so', (packageManager, files, message) => {
    expect(() => dockerfile({ packageManager }, files)).toThrow(message);
  });
});

describe('Java builds from repositories of their own', () => {
  it.each([
    [
      'maven',
      ['mvnw', 'pom.xml'],
      '--mount=type=secret,id=maven_settings,target=/run/secrets/maven_settings',
      './mvnw -B -q --settings /run/secrets/maven_settings dependency:go-offline',
    ],
    [
      'gradle',
      ['gradlew', 'build.gradle'],
      '--mount=type=secret,id=gradle_properties,target=/root/.gradle/gradle.properties',
      './gradlew --no-daemon -q dependencies',
    ],
  ])(
    '%s: the credentials come from a secret in every step that downloads',
    (packageManager, files, mount, resolve) => {
      const plan: AppPlan = { ...emptyPlan('java', 'orders', '.'), port: 8080, packageManager };
      const text = renderDockerfile(javaImagePlan({ plan, files, privateRepository: true }));
      expect(text).toContain(resolve);
      // The dependency resolution and the package step both download.
      expect(text.split(mount).length - 1).toBe(2);
      expect(renderDockerfile(javaImagePlan({ plan, files }))).not.toContain('type=secret');
    },
  );
});
