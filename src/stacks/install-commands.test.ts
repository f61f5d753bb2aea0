import { describe, expect, it } from 'vitest';
import { lintDockerfileText } from '../lint/engine.js';
import { isDependencyInstall } from '../verify/checks/cache-reuse.js';

// lint's dependencies-before-source and verify's cache-reuse read one list of installs (stacks/index.ts):
// they disagreed before (only verify knew cargo and gradle).
const afterSource = (command: string) =>
  lintDockerfileText(
    `FROM debian:bookworm-slim\nWORKDIR /app\nCOPY . .\nRUN ${command}\n`,
    'Dockerfile',
  ).findings.filter((finding) => finding.ruleId === 'dependencies-before-source');

describe('dependency installs, as lint and verify both read them', () => {
  it.each([
    'npm ci --omit=dev',
    'pnpm install --frozen-lockfile',
    'yarn install --immutable',
    'yarn workspaces focus web',
    'bun install --frozen-lockfile',
    'pip install --no-cache-dir -r requirements.txt',
    'poetry install --only main',
    'uv sync --frozen',
    'go mod download',
    'cargo fetch --locked',
    'cargo chef cook --release --recipe-path recipe.json',
    './mvnw -B dependency:go-offline',
    './gradlew --no-daemon dependencies',
    'dotnet restore',
    'bundle install',
    'composer install --no-dev',
  ])('%s is an install for both', (command) => {
    expect(isDependencyInstall(`RUN ${command}`)).toBe(true);
    expect(afterSource(command)).toHaveLength(1);
  });

  it.each([
    'npm run build',
    'go build -o /out/app .',
    'cargo build --release',
    'python manage.py collectstatic',
  ])('%s is an install for neither', (command) => {
    expect(isDependencyInstall(`RUN ${command}`)).toBe(false);
    expect(afterSource(command)).toHaveLength(0);
  });

  it('counts a system package install, or pip naming its packages, only for the cache: no manifest comes first', () => {
    for (const command of ['apt-get install -y --no-install-recommends tini', 'pip install gunicorn']) {
      expect(isDependencyInstall(`RUN ${command}`)).toBe(true);
      expect(afterSource(command)).toHaveLength(0);
    }
  });
});
