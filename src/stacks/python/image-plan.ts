/**
 * Python: dependencies installed into a virtual environment in their own stage (pip's cache mounted,
 * so nothing of it ships), then copied into a slim runtime with the source, run by a created numeric
 * user. A server that handles SIGTERM (gunicorn, uvicorn) is PID 1; a plain script runs under tini.
 */

import { posix } from 'node:path';
import type { AppPlan } from '../../core/app-plan.js';
import { type ImagePlan, REGISTRY_SECRETS, type Step } from '../../core/image-plan.js';
import { PlanError } from '../../core/plan-error.js';
import { debianBase, fromWithArg } from '../shared/base-image.js';
import { BUILD_USAGE } from '../shared/conventions.js';
import { APP_UID, addAppUser, initForInterpreter } from '../shared/debian.js';
import { exposed, healthcheck, listening } from '../shared/healthcheck.js';
import { startArgv } from '../shared/start-command.js';

/** Tools pinned to releases that read today's lockfiles; the image installs them only in the deps stage. */
const UV_IMAGE = 'ghcr.io/astral-sh/uv:0.9';
const POETRY = 'poetry==2.1.2';
const PDM = 'pdm==2.20.1';
const PIPENV = 'pipenv==2024.4.0';

interface PythonInstall {
  manager: string;
  /** Files copied before the install: the manifest and its lockfile. */
  manifests: string[];
  /** Steps that install the tool and the dependencies into /opt/venv. */
  steps: Step[];
}

const VENV: Array<[string, string]> = [
  ['VIRTUAL_ENV', '/opt/venv'],
  ['PATH', '/opt/venv/bin:$PATH'],
];
const PIP_CACHE = [{ target: '/root/.cache/pip', locked: true }];

/**
 * How each package manager fills /opt/venv from its lockfile alone, so the layer is rebuilt when the
 * lockfile changes and not the source. The environment has no pip of its own: the image's pip (or the
 * tool) installs into it, and the tools themselves stay in the deps stage.
 */
function pythonInstall(plan: AppPlan, files: string[], requirementFiles: string[]): PythonInstall {
  const requireLock = (lock: string, command: string) => {
    if (!files.includes(lock))
      throw new PlanError(
        `no ${lock}: run \`${command}\` and commit it, so the image installs what you tested`,
      );
  };
  const emptyVenv: Step = { kind: 'run', commands: ['python -m venv --without-pip /opt/venv'] };
  /** A tool in a virtual environment of its own, which the runtime never copies. */
  const toolVenv = (tool: string, requirement: string): Step => ({
    kind: 'run',
    caches: PIP_CACHE,
    commands: [`python -m venv /opt/${tool}`, `/opt/${tool}/bin/pip install ${requirement}`],
  });
  switch (plan.packageManager) {
    case 'uv':
      requireLock('uv.lock', 'uv lock');
      return {
        manager: 'uv',
        manifests: ['pyproject.toml', 'uv.lock'],
        steps: [
          { kind: 'copy', from: UV_IMAGE, sources: ['/uv'], dest: '/bin/uv' },
          {
            kind: 'env',
            vars: [
              ['UV_PROJECT_ENVIRONMENT', '/opt/venv'],
              ['UV_PYTHON_DOWNLOADS', 'never'],
              ['UV_LINK_MODE', 'copy'],
              ...VENV,
            ],
          },
        ],
      };
    case 'poetry':
      requireLock('poetry.lock', 'poetry lock');
      return {
        manager: 'poetry',
        manifests: ['pyproject.toml', 'poetry.lock'],
        steps: [
          toolVenv('poetry', POETRY),
          emptyVenv,
          // Poetry installs into the activated environment rather than one of its own.
          { kind: 'env', vars: [...VENV, ['POETRY_VIRTUALENVS_CREATE', 'false']] },
        ],
      };
    case 'pdm':
      requireLock('pdm.lock', 'pdm lock');
      return {
        manager: 'pdm',
        manifests: ['pyproject.toml', 'pdm.lock'],
        steps: [toolVenv('pdm', PDM), emptyVenv, { kind: 'env', vars: VENV }],
      };
    case 'pipenv':
      requireLock('Pipfile.lock', 'pipenv lock');
      return {
        manager: 'pipenv',
        manifests: ['Pipfile', 'Pipfile.lock'],
        steps: [toolVenv('pipenv', PIPENV), emptyVenv, { kind: 'env', vars: VENV }],
      };
    default:
      if (!files.includes('requirements.txt'))
        throw new PlanError(
          'no lockfile or requirements.txt: pin the dependencies (pip freeze > requirements.txt, or uv/poetry lock) so the image installs what you tested',
        );
      return {
        manager: 'pip',
        manifests: requirementFiles.length ? requirementFiles : ['requirements.txt'],
        steps: [emptyVenv, { kind: 'env', vars: VENV }],
      };
  }
}

/**
 * COPY of the manifests at the paths the install reads them from: one COPY per folder, since a COPY of
 * several sources into one destination flattens them (an included requirements/base.txt would land
 * beside requirements.txt, where `-r requirements/base.txt` does not find it).
 */
function copiesKeepingFolders(manifests: string[]): Step[] {
  const byFolder = new Map<string, string[]>();
  for (const file of manifests) {
    const folder = posix.dirname(file);
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), file]);
  }
  return [...byFolder].map(([folder, sources]) => ({
    kind: 'copy' as const,
    sources,
    dest: folder === '.' ? './' : `${folder}/`,
  }));
}

/** The install itself, after the manifests are copied. */
function installCommand(install: PythonInstall): Extract<Step, { kind: 'run' }> {
  switch (install.manager) {
    case 'uv':
      return {
        kind: 'run',
        caches: [{ target: '/root/.cache/uv', locked: true }],
        commands: ['uv sync --frozen --no-dev --no-install-project'],
      };
    case 'poetry':
      return {
        kind: 'run',
        caches: [{ target: '/root/.cache/pypoetry', locked: true }],
        commands: ['/opt/poetry/bin/poetry install --only main --no-root --no-interaction'],
      };
    case 'pdm':
      return {
        kind: 'run',
        caches: PIP_CACHE,
        commands: [
          '/opt/pdm/bin/pdm export --prod --output /tmp/requirements.txt',
          'pip --python /opt/venv/bin/python install -r /tmp/requirements.txt',
        ],
      };
    case 'pipenv':
      return {
        kind: 'run',
        caches: PIP_CACHE,
        commands: [
          '/opt/pipenv/bin/pipenv requirements > /tmp/requirements.txt',
          'pip --python /opt/venv/bin/python install -r /tmp/requirements.txt',
        ],
      };
    default:
      return {
        kind: 'run',
        caches: PIP_CACHE,
        commands: ['pip --python /opt/venv/bin/python install -r requirements.txt'],
      };
  }
}

export interface PythonImageInput {
  plan: AppPlan;
  files: string[];
  /** The project names a package index of its own: the install reads its credentials from ~/.netrc. */
  privateIndex?: boolean;
  /** requirements.txt and the files it includes, which pip reads at install time. */
  requirementFiles?: string[];
}

export function pythonImagePlan({
  plan,
  files,
  privateIndex = false,
  requirementFiles = [],
}: PythonImageInput): ImagePlan {
  const install = pythonInstall(plan, files, requirementFiles);
  if (!plan.startCommand)
    throw new PlanError(
      'no start command was detected: add a Procfile web line or a main.py, then run init again',
    );
  const python = debianBase('python', plan.runtimeConstraint, ['slim']);
  const version = python.version;
  const port = plan.port;
  const venv = VENV;
  // urllib raises on 4xx and 5xx; without a health route any answer below 500 means the server is up.
  const probe = (listen: number) => {
    const probeUrl = `http://127.0.0.1:${listen}${plan.healthcheckPath ?? '/'}`;
    return plan.healthcheckPath
      ? `import urllib.request; urllib.request.urlopen('${probeUrl}', timeout=3)`
      : `import urllib.error, urllib.request\ntry: urllib.request.urlopen('${probeUrl}', timeout=3)\nexcept urllib.error.HTTPError as e: raise SystemExit(e.code >= 500)`;
  };

  const init = initForInterpreter('Python', plan.handlesSigterm, python.distro);
  const production: Step[] = [
    { kind: 'env', vars: venv },
    { kind: 'run', commands: [addAppUser()] },
    ...init.copy,
    { kind: 'copy', from: 'deps', sources: ['/opt/venv'], dest: '/opt/venv' },
    { kind: 'copy', chown: `${APP_UID}:${APP_UID}`, sources: ['.'], dest: '.' },
    // Static files are collected at build time, owned by root: the app reads them and cannot change them.
    ...(plan.framework === 'django' && plan.buildCommand
      ? [{ kind: 'run' as const, commands: [plan.buildCommand] }]
      : []),
    { kind: 'user', user: `${APP_UID}:${APP_UID}` },
  ];
  production.push(
    ...listening(port, (listen) => healthcheck(['python', '-c', probe(listen)], '15s'), plan.portEnv),
  );
  production.push(...init.entrypoint);
  production.push({ kind: 'cmd', argv: startArgv(plan.startCommand) });

  return {
    header: [
      `Generated by shipshape for ${plan.name} (Python ${version}${plan.framework ? `, ${plan.framework}` : ''}, ${install.manager}).`,
      BUILD_USAGE,
      ...(plan.runtimeVersion
        ? []
        : [`The app declares no Python version: pinned to the newest maintained line, ${version}.`]),
      ...python.notes,
    ],
    args: [{ name: 'PYTHON_VERSION', value: version }],
    stages: [
      {
        name: 'base',
        from: fromWithArg('python', 'PYTHON_VERSION', python),
        purpose: 'The runtime every stage shares: no .pyc files written, logs unbuffered.',
        steps: [
          {
            kind: 'env',
            vars: [
              ['PYTHONDONTWRITEBYTECODE', '1'],
              ['PYTHONUNBUFFERED', '1'],
              ['PIP_DISABLE_PIP_VERSION_CHECK', '1'],
            ],
          },
          { kind: 'workdir', path: '/app' },
        ],
      },
      {
        name: 'deps',
        from: 'base',
        purpose: `Dependencies in a virtual environment; rebuilt when ${install.manifests.join(' or ')} change${install.manifests.length === 1 ? 's' : ''}, not the source.`,
        steps: [
          // No pip inside the environment: the image's own pip or the tool installs into it, so the
          // runtime carries neither pip nor setuptools (~20 MB, and the scanners' usual findings).
          ...install.steps,
          ...copiesKeepingFolders(install.manifests),
          // pip, uv, Poetry and PDM all take an index's login from .netrc.
          privateIndex
            ? { ...installCommand(install), secrets: [REGISTRY_SECRETS.netrc] }
            : installCommand(install),
        ],
      },
      {
        name: 'development',
        from: 'deps',
        purpose:
          'Development: the source mounted over /app by compose.override.yaml, with reload where the server has it.',
        steps: [
          { kind: 'copy', sources: ['.'], dest: '.' },
          ...exposed(port),
          { kind: 'cmd', argv: (plan.devCommand ?? plan.startCommand).split(/\s+/) },
        ],
      },
      ...init.stages,
      {
        name: 'production',
        from: 'base',
        purpose: 'Production: the virtual environment and the source, as an unprivileged user.',
        steps: production,
      },
    ],
  };
}
