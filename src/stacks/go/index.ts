import { writablePaths } from '../shared/writable-paths.js';
import type { Stack } from '../stack.js';
import { goDetection } from './detect.js';
import { goImagePlan } from './image-plan.js';

export const goStack: Stack = {
  ...goDetection,
  recognisedBy: 'Go (go.mod)',
  baseFamilies: ['debian', 'distroless'],
  imagePlan: (app, facts, workspace) =>
    goImagePlan({ plan: app, files: facts.files, workspace: workspace?.rootFiles }),
  deployment: (_app, layout) => ({
    workdir: '/app',
    writablePaths: writablePaths('/app', []),
    // It develops in its build stage, whose working directory is /src.
    development: { volumes: [`${layout.contextFromApp}:/src`], environment: {} },
    migrationTarget: 'production',
    contextIgnores: ['**/vendor'],
    workspaceRootFiles: ['go.work', 'go.work.sum'],
    // Dependabot updates the app's own dependencies from its manifests.
    updateEcosystem: 'gomod',
  }),
  installCommands: [{ programs: ['go'], words: /^mod download\b/ }],
  workspaceManagers: ['go'],
};
