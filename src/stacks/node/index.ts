import { writablePaths } from '../shared/writable-paths.js';
import type { Stack } from '../stack.js';
import { nodeDetection } from './detect.js';
import { nodeImagePlan } from './image-plan.js';
import { LOCKFILES } from './package-managers.js';

export const nodeStack: Stack = {
  ...nodeDetection,
  recognisedBy: 'Node (package.json)',
  baseFamilies: ['debian', 'distroless'],
  imagePlan: (app, facts, workspace, choices) =>
    nodeImagePlan({
      plan: app,
      base: choices.base,
      files: facts.files,
      outDir: facts.outDir,
      viteOutDir: facts.viteOutDir,
      prisma: facts.prisma,
      workspace,
      bunVersion: facts.bunVersion,
      yarnBerry: workspace ? workspace.yarnBerry : facts.yarnBerry,
      // The lockfile, packageManager and .npmrc that count are the workspace root's.
      install: workspace ? workspace.nodeInstall : facts.nodeInstall,
      // A workspace installs once, with the root's .npmrc.
      privateRegistry: workspace ? workspace.privateRegistry : facts.privateRegistry,
    }),
  deployment(app, layout) {
    // A workspace member runs from its own folder under the workspace root the image copies to /app.
    const workdir = layout.appDir === '.' ? '/app' : `/app/${layout.appDir}`;
    return {
      workdir,
      // Next.js writes its image optimizer's cache; an export has nothing running to write it.
      writablePaths: writablePaths(workdir, app.framework === 'next' && !app.static ? ['.next/cache'] : []),
      development: {
        // The image's dependencies, not the host's: the root's and, in a workspace, the app's own.
        volumes: [
          `${layout.contextFromApp}:/app`,
          '/app/node_modules',
          ...(layout.appDir === '.' ? [] : [`/app/${layout.appDir}/node_modules`]),
        ],
        environment: { NODE_ENV: 'development' },
      },
      // Migration CLIs (prisma, knex) are usually devDependencies.
      migrationTarget: 'development',
      contextIgnores: [
        '**/node_modules',
        '**/.next',
        '**/.nuxt',
        '**/.output',
        '**/.turbo',
        '**/.cache',
        ...(app.buildCommand ? ['**/dist', '**/build'] : []),
      ],
      workspaceRootFiles: ['package.json', ...LOCKFILES, 'pnpm-workspace.yaml', '.yarnrc.yml'],
      updateEcosystem: app.packageManager === 'bun' ? 'bun' : 'npm',
    };
  },
  installCommands: [
    { programs: ['npm'], words: /^(?:ci|install|i)\b/ },
    { programs: ['pnpm'], words: /^(?:install|i|fetch)\b/ },
    // Bare `yarn` installs; Berry's workspaces focus installs one member's dependencies.
    { programs: ['yarn'], words: /^(?:install\b|workspaces focus\b|$)/ },
    { programs: ['bun'], words: /^(?:install|i)\b/ },
  ],
  workspaceManagers: ['npm', 'pnpm', 'yarn', 'bun'],
};
