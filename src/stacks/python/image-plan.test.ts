import { describe, expect, it } from 'vitest';
import { type AppPlan, emptyPlan } from '../../core/app-plan.js';
import { renderDockerfile } from '../../render/dockerfile.js';
import { pythonImagePlan } from './image-plan.js';

function dockerfile(packageManager: string, files: string[], changes: Partial<AppPlan> = {}): string {
  const plan: AppPlan = {
    ...emptyPlan('python', 'api', '.'),
    packageManager,
    startCommand: 'gunicorn api.wsgi:application',
    handlesSigterm: true,
    port: 8000,
    ...changes,
  };
  return renderDockerfile(pythonImagePlan({ plan, files }));
}

describe('Python installs, per package manager, from the lockfile alone', () => {
  it.each([
    [
      'pip',
      ['requirements.txt'],
      'COPY requirements.txt ./',
      'pip --python /opt/venv/bin/python install -r requirements.txt',
    ],
    [
      'uv',
      ['pyproject.toml', 'uv.lock'],
      'COPY pyproject.toml uv.lock ./',
      'uv sync --frozen --no-dev --no-install-project',
    ],
    [
      'poetry',
      ['pyproject.toml', 'poetry.lock'],
      'COPY pyproject.toml poetry.lock ./',
      'poetry install --only main --no-root',
    ],
    [
      'pdm',
      ['pyproject.toml', 'pdm.lock'],
      'COPY pyproject.toml pdm.lock ./',
      'pdm export --prod --output /tmp/requirements.txt',
    ],
    [
      'pipenv',
      ['Pipfile', 'Pipfile.lock'],
      'COPY Pipfile Pipfile.lock ./',
      'pipenv requirements > /tmp/requirements.txt',
    ],
  ])('%s', (manager, files, copy, install) => {
    const text = dockerfile(manager, files);
    expect(text).toContain(copy);
    expect(text).toContain(install);
    // The tool stays in the deps stage: production copies only the environment.
    const production = text.slice(text.indexOf('AS production'));
    expect(production).toContain('COPY --from=deps /opt/venv /opt/venv');
    expect(production).not.toMatch(/poetry|pdm|pipenv|\/bin\/uv/);
  });

  it.each([
    ['uv', ['pyproject.toml'], /no uv.lock/],
    ['poetry', ['pyproject.toml'], /no poetry.lock/],
    ['pdm', ['pyproject.toml'], /no pdm.lock/],
    ['pipenv', ['Pipfile'], /no Pipfile.lock/],
    ['pip', ['pyproject.toml'], /no lockfile or requirements.txt/],
  ])('%s without its lockfile says how to make one', (manager, files, message) => {
    expect(() => dockerfile(manager, files)).toThrow(message);
  });

  it("collects Django's static files at build time, before the user switch", () => {
    const text = dockerfile('pip', ['requirements.txt'], {
      framework: 'django',
      buildCommand: 'python manage.py collectstatic --noinput',
    });
    const production = text.slice(text.indexOf('AS production'));
    expect(production.indexOf('RUN python manage.py collectstatic --noinput')).toBeLessThan(
      production.indexOf('USER 10001'),
    );
  });
});
