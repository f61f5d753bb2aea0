import { describe, expect, it } from 'vitest';
import { type AppPlan, emptyPlan } from '../core/app-plan.js';
import { renderDockerfile } from '../render/dockerfile.js';
import { stackOf } from './index.js';
import { NO_INSTALL_FACTS } from './node/install-facts.js';
import type { AppFacts } from './stack.js';

const facts = (files: string[]): AppFacts => ({
  files,
  prisma: false,
  gems: true,
  yarnBerry: false,
  nodeInstall: NO_INSTALL_FACTS,
  dotnetProjectFiles: ['Worker.csproj'],
  composerInstall: false,
  phpExtensions: [],
  privateRegistry: false,
});

const dockerfile = (app: AppPlan, files: string[]) =>
  renderDockerfile(stackOf(app).imagePlan(app, facts(files), undefined, { base: 'debian' }));

// A worker listens nowhere: detect leaves its port undefined, and the image must not invent one (it got
// EXPOSE 3000 and a HEALTHCHECK on :3000 that could never pass).
describe('a worker app (no port) gets no EXPOSE, no PORT and no HTTP health check', () => {
  it.each<[string, AppPlan, string[]]>([
    [
      'Node',
      {
        ...emptyPlan('node', 'worker', '.'),
        packageManager: 'npm',
        installCommand: 'npm ci',
        startCommand: 'node worker.js',
      },
      ['package.json', 'package-lock.json', 'worker.js'],
    ],
    [
      'Python',
      {
        ...emptyPlan('python', 'jobs', '.'),
        packageManager: 'pip',
        startCommand: 'celery -A jobs worker',
        framework: 'celery',
      },
      ['requirements.txt', 'jobs.py'],
    ],
    [
      'Ruby',
      { ...emptyPlan('ruby', 'jobs', '.'), packageManager: 'bundler', startCommand: 'bundle exec sidekiq' },
      ['Gemfile', 'Gemfile.lock'],
    ],
    [
      '.NET',
      {
        ...emptyPlan('dotnet', 'importer', '.'),
        startCommand: 'dotnet /app/Importer.dll',
        installCommand: 'dotnet restore Worker.csproj',
      },
      ['Worker.csproj'],
    ],
  ])('%s', (_stack, app, files) => {
    const text = dockerfile(app, files);
    expect(text).not.toMatch(/^EXPOSE/m);
    expect(text).not.toMatch(/^HEALTHCHECK/m);
    expect(text).not.toMatch(/\bPORT=/);
    expect(text).not.toContain('--urls');
  });

  it('while a server keeps its decided port', () => {
    const server = {
      ...emptyPlan('node', 'api', '.'),
      packageManager: 'npm',
      installCommand: 'npm ci',
      startCommand: 'node server.js',
      port: 4000,
    };
    const text = dockerfile(server, ['package.json', 'package-lock.json', 'server.js']);
    expect(text).toMatch(/^EXPOSE 4000$/m);
    expect(text).toContain('http://127.0.0.1:4000/');
  });
});
