import { writablePaths } from '../shared/writable-paths.js';
import type { Stack } from '../stack.js';
import { rustDetection } from './detect.js';
import { rustImagePlan } from './image-plan.js';

export const rustStack: Stack = {
  ...rustDetection,
  recognisedBy: 'Rust (Cargo.toml)',
  baseFamilies: ['debian', 'distroless'],
  // A Cargo workspace has one Cargo.lock, at its root.
  imagePlan: (app, facts, workspace) =>
    rustImagePlan({ plan: app, files: workspace?.rootFiles ?? facts.files }),
  deployment: (_app, layout) => ({
    workdir: '/app',
    writablePaths: writablePaths('/app', []),
    // It develops in its build stage, whose working directory is /src.
    development: { volumes: [`${layout.contextFromApp}:/src`], environment: {} },
    migrationTarget: 'production',
    contextIgnores: ['**/target'],
    workspaceRootFiles: ['Cargo.toml', 'Cargo.lock'],
    updateEcosystem: 'cargo',
  }),
  installCommands: [{ programs: ['cargo'], words: /^(?:fetch|chef cook)\b/ }],
  workspaceManagers: ['cargo'],
};
