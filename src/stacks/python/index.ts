import { writablePaths } from '../shared/writable-paths.js';
import type { Stack } from '../stack.js';
import { pythonDetection } from './detect.js';
import { pythonImagePlan } from './image-plan.js';

export const pythonStack: Stack = {
  ...pythonDetection,
  recognisedBy: 'Python (requirements.txt, pyproject.toml)',
  baseFamilies: ['debian'],
  imagePlan: (app, facts) =>
    pythonImagePlan({
      plan: app,
      files: facts.files,
      privateIndex: facts.privateRegistry,
      requirementFiles: facts.requirementFiles,
    }),
  deployment: (app, layout) => ({
    workdir: '/app',
    writablePaths: writablePaths('/app', []),
    development: { volumes: [`${layout.contextFromApp}:/app`], environment: {} },
    migrationTarget: 'production',
    contextIgnores: [
      '**/__pycache__',
      '**/*.pyc',
      '**/.venv',
      '**/venv',
      '**/.pytest_cache',
      '**/.mypy_cache',
    ],
    workspaceRootFiles: [],
    updateEcosystem: app.packageManager === 'uv' ? 'uv' : 'pip',
  }),
  installCommands: [
    // pip also installs packages named on its command line; only -r reads a manifest.
    {
      programs: ['pip', 'pip3'],
      words: /^install\b/,
      readsManifest: (args) => args.some((arg) => arg === '-r' || arg.startsWith('--requirement')),
    },
    { programs: ['poetry', 'pdm', 'pipenv'], words: /^install\b/ },
    { programs: ['uv'], words: /^(?:sync|pip install)\b/ },
  ],
  workspaceManagers: [],
};
