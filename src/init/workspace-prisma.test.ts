import { describe, expect, it } from 'vitest';
import { memoryFileSystem } from '../../test/memory-file-system.js';
import { lintDockerfileText } from '../lint/engine.js';
import { parseDockerignore } from '../parse/dockerignore.js';
import { planInit } from './index.js';

// Distilled from unsend: a pnpm workspace whose web app generates its Prisma client before the build.
const files = {
  'package.json': JSON.stringify({ name: 'root', private: true, scripts: { build: 'turbo build' } }),
  'pnpm-workspace.yaml': 'packages:\n  - apps/*\n',
  'pnpm-lock.yaml': "lockfileVersion: '9.0'\n",
  'apps/web/package.json': JSON.stringify({
    name: 'web',
    scripts: { build: 'next build', start: 'next start' },
    dependencies: { next: '15.0.0', '@prisma/client': '6.0.0' },
    devDependencies: { prisma: '6.0.0' },
  }),
  'apps/web/prisma/schema.prisma':
    'datasource db {\n  provider = "postgresql"\n  url = env("DATABASE_URL")\n}\n',
};

describe('a workspace member with Prisma', () => {
  it('generates its client from its own folder by WORKDIR, then builds from the root, and lints clean', () => {
    const generated = planInit(memoryFileSystem(files, '/repo'), '/repo', '0.1.0').files;
    const dockerfile = generated.find((file) => file.path === 'apps/web/Dockerfile')?.content ?? '';
    expect(dockerfile).toContain('WORKDIR /app/apps/web\nRUN npx prisma generate\nWORKDIR /app\n');
    expect(dockerfile).not.toMatch(/^RUN cd /m);
    const ignore = generated.find((file) => file.path === '.dockerignore')?.content;
    const findings = lintDockerfileText(dockerfile, 'apps/web/Dockerfile', {
      contextKnown: true,
      dockerignore: ignore === undefined ? undefined : parseDockerignore(ignore),
    }).findings;
    expect(findings.map((finding) => `${finding.ruleId}: ${finding.message}`)).toEqual([]);
  });
});
