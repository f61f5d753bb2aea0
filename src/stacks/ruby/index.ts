import { writablePaths } from '../shared/writable-paths.js';
import type { Stack } from '../stack.js';
import { rubyDetection } from './detect.js';
import { rubyImagePlan } from './image-plan.js';

export const rubyStack: Stack = {
  ...rubyDetection,
  recognisedBy: 'Ruby (Gemfile)',
  baseFamilies: ['debian'],
  imagePlan: (app, facts) =>
    rubyImagePlan({
      plan: app,
      files: facts.files,
      hasGems: facts.gems,
      privateSource: facts.privateRegistry,
    }),
  deployment: (app, layout) => ({
    workdir: '/app',
    // Rails writes pid files, Bootsnap's and the asset cache under tmp/.
    writablePaths: writablePaths('/app', app.framework === 'rails' && !app.static ? ['tmp'] : []),
    development: { volumes: [`${layout.contextFromApp}:/app`], environment: {} },
    migrationTarget: 'production',
    contextIgnores: ['**/vendor/bundle', '**/tmp', '**/log'],
    workspaceRootFiles: [],
    updateEcosystem: 'bundler',
  }),
  installCommands: [{ programs: ['bundle'], words: /^install\b/ }],
  workspaceManagers: [],
};
