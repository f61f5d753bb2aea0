import { writablePaths } from '../shared/writable-paths.js';
import type { Stack } from '../stack.js';
import { phpDetection } from './detect.js';
import { phpImagePlan } from './image-plan.js';

/** Apache's web root in the official image: the app runs, and develops, there. */
const WEB_ROOT = '/var/www/html';

/** What each framework writes while it runs, relative to the app's folder. */
const FRAMEWORK_WRITES: Record<string, string[]> = {
  // Compiled views, file sessions and cache; logs go to stderr (LOG_CHANNEL in the image).
  laravel: ['storage/framework/cache', 'storage/framework/sessions', 'storage/framework/views'],
  // The cache pools and logs under var/ (the warmed cache is rebuilt there on first use).
  symfony: ['var'],
};

export const phpStack: Stack = {
  ...phpDetection,
  recognisedBy: 'PHP (composer.json)',
  baseFamilies: ['debian'],
  imagePlan: (app, facts) =>
    phpImagePlan({
      plan: app,
      files: facts.files,
      composerInstall: facts.composerInstall,
      extensions: facts.phpExtensions,
      privateRepositories: facts.privateRegistry,
    }),
  deployment: (app, layout) => ({
    workdir: WEB_ROOT,
    writablePaths: writablePaths(WEB_ROOT, app.static ? [] : (FRAMEWORK_WRITES[app.framework ?? ''] ?? [])),
    development: {
      // The image's vendor/, not the host's.
      volumes: [
        `${layout.contextFromApp}:${WEB_ROOT}`,
        ...(app.packageManager === 'composer' ? [`${WEB_ROOT}/vendor`] : []),
      ],
      environment: {},
    },
    migrationTarget: 'production',
    contextIgnores: ['**/vendor'],
    workspaceRootFiles: [],
    updateEcosystem: 'composer',
  }),
  installCommands: [{ programs: ['composer'], words: /^install\b/ }],
  workspaceManagers: [],
};
