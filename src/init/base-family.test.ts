import { describe, expect, it } from 'vitest';
import { memoryFileSystem } from '../../test/memory-file-system.js';
import { lintDockerfileText } from '../lint/engine.js';
import { parseDockerignore } from '../parse/dockerignore.js';
import type { BaseFamily } from '../stacks/stack.js';
import { planInit } from './index.js';

function dockerfile(files: Record<string, string>, base: BaseFamily): string {
  const plan = planInit(memoryFileSystem(files, '/repo'), '/repo', '0.1.0', { base });
  return plan.files.find((file) => file.path === 'Dockerfile')?.content ?? '';
}

const nodeApp = (start: string, extra: Record<string, unknown> = {}) => ({
  'package.json': JSON.stringify({ name: 'api', scripts: { start }, engines: { node: '>=22' }, ...extra }),
  'package-lock.json': '{"lockfileVersion":3,"packages":{}}',
  'server.js': "require('http').createServer((q, s) => s.end('ok')).listen(process.env.PORT || 3000);\n",
});

describe('init --base', () => {
  it('distroless: production on distroless Node of the same line, node as entrypoint, tini static', () => {
    const text = dockerfile(nodeApp('node server.js'), 'distroless');
    expect(text).toMatch(/^FROM node:\$\{NODE_VERSION\}-trixie-slim AS base$/m);
    expect(text).toContain('ARG NODE_VERSION=26');
    expect(text).toMatch(/^FROM gcr\.io\/distroless\/nodejs26-debian13:nonroot AS production$/m);
    // No apt in distroless: the static tini, from Debian stable's package in a stage of its own.
    expect(text).toMatch(/^FROM debian:trixie-slim AS tini$/m);
    expect(text).toContain('COPY --from=tini /usr/bin/tini-static /usr/bin/tini');
    expect(text).toContain('ENTRYPOINT ["/usr/bin/tini", "--", "/nodejs/bin/node"]');
    expect(text).toContain('CMD ["server.js"]');
    expect(text).toContain('CMD ["/nodejs/bin/node", "-e"');
    const production = text.slice(text.indexOf('AS production'));
    expect(production).toMatch(/^WORKDIR \/app$/m);
    expect(production).not.toMatch(/^RUN /m);
    const ignore = planInit(memoryFileSystem(nodeApp('node server.js'), '/repo'), '/repo', '0.1.0', {
      base: 'distroless',
    }).files.find((file) => file.path === '.dockerignore')?.content;
    const findings = lintDockerfileText(text, 'Dockerfile', {
      contextKnown: true,
      dockerignore: ignore === undefined ? undefined : parseDockerignore(ignore),
    }).findings;
    expect(findings.map((finding) => `${finding.ruleId}: ${finding.message}`)).toEqual([]);
  });

  it('debian, the default, writes what it always did: the runtime on Node slim', () => {
    const text = dockerfile(nodeApp('node server.js'), 'debian');
    expect(text).toMatch(/^FROM base AS production$/m);
    expect(text).not.toContain('distroless');
  });

  it.each<[string, Record<string, string>, RegExp]>([
    [
      'an app Bun runs',
      {
        'package.json': JSON.stringify({
          name: 'api',
          packageManager: 'bun@1.4.5',
          scripts: { start: 'bun server.ts' },
        }),
        'bun.lock': '{}',
        'server.ts': 'Bun.serve({ port: 3000, fetch: () => new Response("ok") });\n',
      },
      /distroless publishes no Bun image/,
    ],
    [
      'a Python app',
      { 'requirements.txt': 'flask==3.0.0\n', 'app.py': 'import flask\n' },
      /--base distroless is not available for Python/,
    ],
  ])('distroless refuses %s, with the reason', (_name, files, reason) => {
    expect(() => dockerfile(files, 'distroless')).toThrow(reason);
  });
});
