import { writablePaths } from '../shared/writable-paths.js';
import type { Stack } from '../stack.js';
import { staticDetection } from './detect.js';
import { STATIC_WEB_ROOT, staticImagePlan } from './image-plan.js';

export const staticStack: Stack = {
  ...staticDetection,
  recognisedBy: 'static sites (index.html)',
  baseFamilies: ['debian'],
  imagePlan: (app) => staticImagePlan({ plan: app }),
  deployment: (app) => {
    const root = app.evidence.staticRoot ?? '.';
    return {
      workdir: '/app',
      writablePaths: writablePaths('/app', []),
      // A site without a build is mounted where nginx serves it, read-only, so a save shows at once.
      development: {
        volumes: [`${root === '.' ? '.' : `./${root}`}:${STATIC_WEB_ROOT}:ro`],
        environment: {},
      },
      migrationTarget: 'production',
      contextIgnores: [],
      workspaceRootFiles: [],
      updateEcosystem: app.packageManager ? 'npm' : undefined,
    };
  },
  installCommands: [],
  workspaceManagers: [],
};
