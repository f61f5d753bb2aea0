import { writablePaths } from '../shared/writable-paths.js';
import type { Stack } from '../stack.js';
import { dotnetDetection } from './detect.js';
import { dotnetImagePlan } from './image-plan.js';

export const dotnetStack: Stack = {
  ...dotnetDetection,
  recognisedBy: '.NET (*.csproj)',
  baseFamilies: ['debian'],
  imagePlan: (app, facts) => dotnetImagePlan({ plan: app, projectFiles: facts.dotnetProjectFiles }),
  deployment: (_app, layout) => ({
    workdir: '/app',
    writablePaths: writablePaths('/app', []),
    // It develops in its build stage, whose working directory is /src.
    development: { volumes: [`${layout.contextFromApp}:/src`], environment: {} },
    migrationTarget: 'production',
    contextIgnores: ['**/bin', '**/obj'],
    workspaceRootFiles: [],
    updateEcosystem: 'nuget',
  }),
  installCommands: [{ programs: ['dotnet'], words: /^restore\b/ }],
  workspaceManagers: [],
};
