import { describe, expect, it } from 'vitest';
import type { BuildStep } from '../../docker/build-progress.js';
import { cacheReuseCheck, isDependencyInstall } from './cache-reuse.js';

const step = (instruction: string, status: BuildStep['status'], stage = 'app'): BuildStep => ({
  vertex: 0,
  name: instruction,
  instruction,
  stage,
  status,
  output: [],
});

describe('isDependencyInstall', () => {
  it.each([
    'RUN npm ci --omit=dev',
    'RUN --mount=type=cache,target=/root/.npm npm install',
    'RUN pnpm install --frozen-lockfile',
    'RUN yarn install --immutable',
    'RUN yarn --frozen-lockfile',
    'RUN pip install --no-cache-dir -r requirements.txt',
    'RUN /opt/venv/bin/pip install -r requirements.txt',
    'RUN poetry install --only main',
    'RUN uv sync --frozen',
    'RUN go mod download',
    'RUN cargo fetch',
    'RUN ./mvnw -B dependency:go-offline',
    'RUN dotnet restore',
    'RUN bundle install',
    'RUN composer install --no-dev',
    'RUN apt-get update && apt-get install -y --no-install-recommends tini',
    'RUN apk add --no-cache tini',
  ])('%s installs dependencies', (instruction) => expect(isDependencyInstall(instruction)).toBe(true));

  it.each([
    'RUN npm run build',
    'RUN go build -o /out/app .',
    'RUN cargo build --release',
    'COPY package.json ./',
    'RUN python manage.py collectstatic',
  ])('%s does not', (instruction) => expect(isDependencyInstall(instruction)).toBe(false));
});

describe('cache-reuse', () => {
  it('passes when only the steps after the source copy re-ran', () => {
    const result = cacheReuseCheck('server.js', [
      step('COPY package*.json ./', 'cached'),
      step('RUN npm ci', 'cached'),
      step('COPY . .', 'done'),
    ]);
    expect(result).toEqual({
      id: 'cache-reuse',
      status: 'pass',
      detail: 'changing server.js: 1 of 3 steps re-ran; the dependency install came from the cache',
    });
  });

  it('fails, naming the install, when the source is copied before it', () => {
    const result = cacheReuseCheck('server.js', [
      step('COPY . .', 'done'),
      step('RUN --mount=type=cache,target=/root/.npm npm install', 'done'),
    ]);
    expect(result.status).toBe('fail');
    expect(result.detail).toBe(
      'changing server.js re-ran app: RUN npm install (2 of 2 steps re-ran); copy the dependency manifests and install before copying the source',
    );
  });

  it('passes an app with no dependencies to install', () => {
    expect(
      cacheReuseCheck('main.go', [step('COPY . .', 'done'), step('RUN go build .', 'done')]).detail,
    ).toMatch(/no dependency install step/);
  });

  it('skips when there is no source file to change', () => {
    expect(cacheReuseCheck(undefined, []).status).toBe('skip');
  });
});
