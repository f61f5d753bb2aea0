/**
 * Python: the package manager from its lock or manifest, the version from .python-version, runtime.txt
 * or requires-python, the framework from dependencies, and a production server command (gunicorn or
 * uvicorn) pointed at the app object the code defines. A Procfile's web line wins: the team wrote it.
 */

import { parse as parseToml } from 'smol-toml';
import { type AppPlan, emptyPlan } from '../../core/app-plan.js';
import type { FileView } from '../shared/file-view.js';
import { healthPath, portHint, portVariable } from '../shared/runtime-hints.js';
import { join, servicesFromDependencies, servicesFromFiles } from '../shared/services.js';
import { normaliseVersion, toolVersionsEntry } from '../shared/versions.js';
import { appName, type StackDetection } from '../stack.js';
import { requirementFiles } from './requirements.js';

const ENTRY_SCRIPTS = ['main.py', 'app.py', 'bot.py', 'server.py', 'run.py'];
const MARKERS = [
  'requirements.txt',
  'pyproject.toml',
  'Pipfile',
  'setup.py',
  'manage.py',
  'uv.lock',
  'poetry.lock',
];

function toml(view: FileView, path: string): Record<string, unknown> {
  const text = view.read(path);
  if (!text) return {};
  try {
    return parseToml(text) as Record<string, unknown>;
  } catch {
    return {};
  }
}

function get(value: unknown, ...path: string[]): unknown {
  let current = value;
  for (const key of path)
    current = current && typeof current === 'object' ? (current as Record<string, unknown>)[key] : undefined;
  return current;
}

/** Distribution name of a requirement line: `Flask[async]>=3.0 ; python_version>"3.8"` gives `flask`. */
export function requirementName(line: string): string | undefined {
  const match = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(line.replace(/#.*/, ''));
  return match?.[1]?.toLowerCase().replace(/_/g, '-');
}

function dependencies(view: FileView, dir: string, pyproject: Record<string, unknown>): Set<string> {
  const names = new Set<string>();
  const add = (line: string | undefined) => {
    const name = line && requirementName(line);
    if (!name) return;
    names.add(name);
    // `fastapi[standard]` installs uvicorn: extras are kept as `name[extra]` for checks like that one.
    const extras = /^\s*[A-Za-z0-9][A-Za-z0-9._-]*\s*\[([^\]]*)\]/.exec(line.replace(/#.*/, ''))?.[1];
    for (const extra of extras?.split(',') ?? []) names.add(`${name}[${extra.trim().toLowerCase()}]`);
  };
  const read = (file: string) => view.read(join(dir, file));
  const files = new Set([
    ...requirementFiles(read),
    ...[
      'requirements/base.txt',
      'requirements/prod.txt',
      'requirements/production.txt',
      'requirements-prod.txt',
    ].flatMap((file) => requirementFiles(read, file)),
  ]);
  for (const file of files) {
    for (const line of (view.read(join(dir, file)) ?? '').split('\n'))
      if (!line.trim().startsWith('-')) add(line);
  }
  const project = get(pyproject, 'project', 'dependencies');
  if (Array.isArray(project)) for (const item of project) add(String(item));
  const poetry = get(pyproject, 'tool', 'poetry', 'dependencies');
  if (poetry && typeof poetry === 'object')
    for (const name of Object.keys(poetry)) if (name !== 'python') add(name);
  const pipfile = toml(view, join(dir, 'Pipfile'));
  const packages = get(pipfile, 'packages');
  if (packages && typeof packages === 'object') for (const name of Object.keys(packages)) add(name);
  return names;
}

/** `app = FastAPI(`, `app = Flask(__name__)`: the module and variable a server should load. */
function appObject(
  view: FileView,
  dir: string,
  factory: RegExp,
): { module: string; variable: string } | undefined {
  const files = view.find(dir, (name) => name.endsWith('.py') && !name.startsWith('test'), 60, 3);
  for (const file of files) {
    const match = new RegExp(`^(\\w+)\\s*(?::\\s*\\w+\\s*)?=\\s*${factory.source}`, 'm').exec(
      view.read(file) ?? '',
    );
    if (match) {
      const relative = dir === '.' ? file : file.slice(dir.length + 1);
      const module = relative
        .replace(/\.py$/, '')
        .replace(/\//g, '.')
        .replace(/^src\./, '');
      return { module, variable: match[1] as string };
    }
  }
  return undefined;
}

export const pythonDetection: StackDetection = {
  language: 'python',
  // A manifest, or a lone entry script with no other stack's manifest beside it (a bot, a worker).
  detect: (view, dir) =>
    MARKERS.some((file) => view.exists(join(dir, file))) ||
    (!view.exists(join(dir, 'package.json')) && ENTRY_SCRIPTS.some((file) => view.exists(join(dir, file)))),
  plan(view, dir) {
    const pyproject = toml(view, join(dir, 'pyproject.toml'));
    const name = String(
      get(pyproject, 'project', 'name') ?? get(pyproject, 'tool', 'poetry', 'name') ?? appName(view, dir),
    );
    const plan: AppPlan = emptyPlan('python', name, dir);

    // Package manager and install.
    if (view.exists(join(dir, 'uv.lock')) || get(pyproject, 'tool', 'uv') !== undefined) {
      plan.packageManager = 'uv';
      plan.installCommand = view.exists(join(dir, 'uv.lock'))
        ? 'uv sync --frozen --no-dev'
        : 'uv sync --no-dev';
    } else if (view.exists(join(dir, 'poetry.lock')) || get(pyproject, 'tool', 'poetry') !== undefined) {
      plan.packageManager = 'poetry';
      plan.installCommand = 'poetry install --only main --no-root';
    } else if (view.exists(join(dir, 'pdm.lock')) || get(pyproject, 'tool', 'pdm') !== undefined) {
      plan.packageManager = 'pdm';
      plan.installCommand = 'pdm install --prod --frozen-lockfile';
    } else if (view.exists(join(dir, 'Pipfile'))) {
      plan.packageManager = 'pipenv';
      plan.installCommand = 'pipenv install --deploy --system';
    } else if (view.exists(join(dir, 'requirements.txt'))) {
      plan.packageManager = 'pip';
      plan.installCommand = 'pip install --no-cache-dir -r requirements.txt';
    } else {
      plan.packageManager = 'pip';
      plan.installCommand =
        view.exists(join(dir, 'pyproject.toml')) || view.exists(join(dir, 'setup.py'))
          ? 'pip install --no-cache-dir .'
          : undefined;
    }
    plan.evidence.packageManager = plan.packageManager;

    const version = pythonVersion(view, dir, pyproject);
    if (version) {
      plan.runtimeVersion = version.version;
      plan.runtimeConstraint = version.spec;
      plan.evidence.runtimeVersion = version.from;
    }

    const deps = dependencies(view, dir, pyproject);
    const has = (dep: string) => deps.has(dep);
    const procfileWeb = /^web:\s*(.+)$/m.exec(view.read(join(dir, 'Procfile')) ?? '')?.[1]?.trim();

    if (has('django') || view.exists(join(dir, 'manage.py'))) {
      plan.framework = 'django';
      const wsgi = view.find(dir, (file) => file === 'wsgi.py', 5, 3)[0];
      const asgi = view.find(dir, (file) => file === 'asgi.py', 5, 3)[0];
      const module = (file: string) =>
        (dir === '.' ? file : file.slice(dir.length + 1)).replace(/\.py$/, '').replace(/\//g, '.');
      if (has('uvicorn') && asgi)
        plan.startCommand = `uvicorn ${module(asgi)}:application --host 0.0.0.0 --port 8000`;
      else if (wsgi) plan.startCommand = `gunicorn ${module(wsgi)}:application --bind 0.0.0.0:8000`;
      else plan.warnings.push('no wsgi.py or asgi.py found for Django');
      plan.buildCommand = 'python manage.py collectstatic --noinput';
      plan.devCommand = 'python manage.py runserver 0.0.0.0:8000';
      plan.migrateCommand = 'python manage.py migrate --noinput';
      plan.evidence.migrateCommand = 'Django';
      plan.port = 8000;
      if (!has('gunicorn') && !has('uvicorn'))
        plan.warnings.push("add gunicorn to the dependencies: Django's runserver is not for production");
    } else if (has('fastapi') || has('starlette')) {
      plan.framework = has('fastapi') ? 'fastapi' : 'starlette';
      const app = appObject(view, dir, has('fastapi') ? /FastAPI\(/ : /Starlette\(/);
      const target = app ? `${app.module}:${app.variable}` : 'main:app';
      plan.startCommand = `uvicorn ${target} --host 0.0.0.0 --port 8000`;
      plan.devCommand = `uvicorn ${target} --host 0.0.0.0 --port 8000 --reload`;
      plan.port = 8000;
      if (!app) plan.warnings.push('no `app = FastAPI()` found: assumed main:app');
      const bringsUvicorn = ['standard', 'all'].some((extra) => has(`${plan.framework}[${extra}]`));
      if (!has('uvicorn') && !bringsUvicorn)
        plan.warnings.push('add uvicorn to the dependencies to serve the app');
    } else if (has('flask')) {
      plan.framework = 'flask';
      const app = appObject(view, dir, /Flask\(/);
      const target = app ? `${app.module}:${app.variable}` : 'app:app';
      plan.startCommand = `gunicorn ${target} --bind 0.0.0.0:8000`;
      plan.devCommand = `flask --app ${target} run --host 0.0.0.0 --port 8000 --debug`;
      plan.port = 8000;
      if (!has('gunicorn'))
        plan.warnings.push('add gunicorn to the dependencies: the Flask server is for development');
    } else if (has('celery')) {
      plan.framework = 'celery';
      plan.startCommand = 'celery -A app worker --loglevel=INFO';
      plan.warnings.push('a Celery worker serves no port; set the -A module if it is not app');
    } else {
      const entry = ['main.py', 'app.py', 'server.py', 'bot.py', 'run.py'].find((file) =>
        view.exists(join(dir, file)),
      );
      if (entry) {
        plan.startCommand = `python ${entry}`;
        plan.evidence.startCommand = entry;
      }
    }
    if (procfileWeb) {
      plan.startCommand = procfileWeb.replace(/\$PORT\b|\$\{PORT\}/g, String(plan.port ?? 8000));
      plan.evidence.startCommand = 'Procfile web';
    }
    if (!plan.startCommand)
      plan.warnings.push('no start command found: add a Procfile web line or a main.py');
    if (plan.framework) plan.evidence.framework = `dependency ${plan.framework}`;

    const sources = view.find(dir, (file) => file.endsWith('.py'), 40, 3);
    if (plan.port === undefined && plan.framework !== 'celery') {
      const port = portHint(view, dir, sources);
      if (port) {
        plan.port = port.port;
        plan.evidence.port = port.from;
      }
    }
    if (plan.port !== undefined) plan.portEnv = portVariable(view, sources);
    const health = healthPath(view, sources);
    if (health) {
      plan.healthcheckPath = health.path;
      plan.evidence.healthcheckPath = health.from;
    }

    const services = new Set([...servicesFromDependencies(deps), ...servicesFromFiles(view, [dir])]);
    const settings = view
      .find(dir, (file) => file === 'settings.py', 3, 3)
      .map((file) => view.read(file) ?? '')
      .join('\n');
    if (/django\.db\.backends\.postgresql/.test(settings)) services.add('postgres');
    if (/django\.db\.backends\.mysql/.test(settings)) services.add('mysql');
    if (/(postgresql|postgres)(\+\w+)?:\/\//.test(sources.map((file) => view.read(file) ?? '').join('\n')))
      services.add('postgres');
    plan.services = [...services].sort();
    // Gunicorn, uvicorn and Celery stop gracefully on SIGTERM; a plain script only with its own handler.
    const server = /^(gunicorn|uvicorn|celery|hypercorn|daphne)\b/.test(plan.startCommand ?? '');
    const handler = sources.find((file) =>
      /signal\.signal\(\s*signal\.SIGTERM|add_signal_handler\(\s*signal\.SIGTERM/.test(view.read(file) ?? ''),
    );
    plan.handlesSigterm = server || handler !== undefined;
    if (handler) plan.evidence.handlesSigterm = handler;
    if (!plan.migrateCommand && has('alembic') && view.exists(join(dir, 'alembic.ini'))) {
      plan.migrateCommand = 'alembic upgrade head';
      plan.evidence.migrateCommand = 'alembic.ini';
    }
    return plan;
  },
};

function pythonVersion(
  view: FileView,
  dir: string,
  pyproject: Record<string, unknown>,
): { version: string; spec: string; from: string } | undefined {
  const runtime = /python-(\d+\.\d+(?:\.\d+)?)/.exec(view.read(join(dir, 'runtime.txt')) ?? '')?.[1];
  const pipfile = get(toml(view, join(dir, 'Pipfile')), 'requires', 'python_version');
  const candidates: Array<[string | undefined, string]> = [
    [view.read(join(dir, '.python-version'))?.trim().split('\n')[0], '.python-version'],
    [runtime, 'runtime.txt'],
    [toolVersionsEntry(view.read(join(dir, '.tool-versions')), ['python']), '.tool-versions'],
    [get(pyproject, 'project', 'requires-python') as string | undefined, 'pyproject requires-python'],
    [
      get(pyproject, 'tool', 'poetry', 'dependencies', 'python') as string | undefined,
      'pyproject tool.poetry python',
    ],
    [typeof pipfile === 'string' ? pipfile : undefined, 'Pipfile requires'],
  ];
  for (const [spec, from] of candidates) {
    const version = normaliseVersion(spec, 2);
    // An exact pin keeps its major.minor only: the image line (3.11) takes patch releases.
    if (version && spec) {
      const line = version.split('.').slice(0, 2).join('.');
      const exact = /^\d+\.\d+(\.\d+)?$/.test(spec.trim());
      return { version: line, spec: exact ? line : spec.trim(), from };
    }
  }
  return undefined;
}
