import { writablePaths } from '../shared/writable-paths.js';
import type { Stack } from '../stack.js';
import { javaDetection } from './detect.js';
import { javaImagePlan } from './image-plan.js';

export const javaStack: Stack = {
  ...javaDetection,
  recognisedBy: 'Java (pom.xml, build.gradle)',
  baseFamilies: ['debian'],
  imagePlan: (app, facts) =>
    javaImagePlan({ plan: app, files: facts.files, privateRepository: facts.privateRegistry }),
  deployment: (app, layout) => ({
    workdir: '/app',
    writablePaths: writablePaths('/app', []),
    // It develops in its build stage, whose working directory is /src.
    development: { volumes: [`${layout.contextFromApp}:/src`], environment: {} },
    migrationTarget: 'production',
    contextIgnores: ['**/target', '**/build', '**/.gradle'],
    workspaceRootFiles: [],
    updateEcosystem: app.packageManager === 'gradle' ? 'gradle' : 'maven',
  }),
  installCommands: [
    // Options with values (`-f pom.xml`) may come first.
    { programs: ['mvn', 'mvnw'], words: /(?:^| )dependency:(?:go-offline|resolve)\b/ },
    { programs: ['gradle', 'gradlew'], words: /(?:^| )dependencies\b/ },
  ],
  workspaceManagers: [],
};
