/** The fixture apps the e2e suites generate files for, build and run: one per stack, standard library only. */

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'apps');
export const nodeExample = join(import.meta.dirname, '..', '..', 'examples', 'node-http');

/** Drops the example server's SIGTERM handler, so that only an init can stop it promptly. */
export function withoutSigtermHandler(copy: string): void {
  const server = readFileSync(join(copy, 'server.js'), 'utf8');
  writeFileSync(join(copy, 'server.js'), server.slice(0, server.indexOf('// Finish in-flight requests')));
}

export interface Stack {
  name: string;
  app: string;
  /** Changes the copied app before init runs on it. */
  change?: (copy: string) => void;
  images: string[];
  port: number;
  expected: Record<string, unknown>;
  maxBytes?: number;
  /** The instruction that starts the app in the generated Dockerfile. */
  runs: string;
  /** Requested once the container is healthy (default /health). */
  path?: string;
  /** The generated Dockerfile, relative to the build context (default Dockerfile). */
  dockerfile?: string;
  /** `init --base` (default debian). */
  base?: 'debian' | 'distroless';
}

/**
 * Apps that need only their language's standard library (no package registry is reachable here). Each
 * builds on the image init chooses for it; where the newest line is newer than any stand-in can honestly
 * carry (Rust newer than this machine's, Python 3.14, PHP 8.5, Ruby 4.0, none in Debian 13), the fixture
 * pins the release its stand-in provides (rust-toolchain.toml, .python-version, composer.json and Gemfile
 * constraints), as a user pinning a release would. Go's newest line comes from the Go module proxy, so the
 * Go apps build on the default; the workspace pins this machine's Go with a go.mod toolchain line.
 */
export const STACKS: Stack[] = [
  {
    name: 'node',
    app: nodeExample,
    images: ['node:26-trixie-slim'],
    port: 3000,
    // The app handles SIGTERM itself, so node is PID 1 and exits 0.
    expected: { user: '1000', healthy: true, response: 200, exitCode: '0' },
    runs: 'CMD ["node", "server.js"]',
  },
  {
    name: 'node-tini',
    app: nodeExample,
    change: withoutSigtermHandler,
    images: ['node:26-trixie-slim'],
    port: 3000,
    // tini forwards SIGTERM; Node, with no handler, ends by the signal: 128 + 15.
    expected: { user: '1000', healthy: true, response: 200, exitCode: '143' },
    runs: 'ENTRYPOINT ["tini", "--"]',
  },
  {
    name: 'node-distroless',
    app: nodeExample,
    change: withoutSigtermHandler,
    base: 'distroless',
    images: ['node:26-trixie-slim', 'gcr.io/distroless/nodejs26-debian13:nonroot', 'debian:trixie-slim'],
    port: 3000,
    // init --base distroless: no shell, no npm; the static tini forwards SIGTERM to node, which ends by it.
    expected: { user: '1000', healthy: true, response: 200, exitCode: '143' },
    runs: 'ENTRYPOINT ["/usr/bin/tini", "--", "/nodejs/bin/node"]',
  },
  {
    name: 'node-npm-workspace',
    app: join(fixtures, 'mono-npm-stdlib'),
    images: ['node:20-trixie-slim'],
    port: 3000,
    // Built from the workspace root: the library's build output and the link to it reach production.
    dockerfile: 'apps/api/Dockerfile',
    expected: { user: '1000', healthy: true, response: 200, exitCode: '0', body: 'hello, workspace' },
    runs: 'COPY --from=build --chown=1000:1000 /out/ ./',
    path: '/',
  },
  {
    name: 'bun',
    app: join(fixtures, 'bun-stdlib'),
    images: ['oven/bun:1.4.5-debian'],
    port: 3000,
    path: '/',
    // Bun runs the TypeScript itself, under tini (no SIGTERM handler): it ends by the signal, 143.
    expected: { user: '1000', healthy: true, response: 200, exitCode: '143', body: 'hello from bun 1.4.5' },
    runs: 'CMD ["bun", "server.ts"]',
  },
  {
    name: 'bun-workspace-root',
    app: join(fixtures, 'mono-bun-root'),
    images: ['oven/bun:1.4.5-debian'],
    port: 3000,
    path: '/',
    // The workspace's root is the app: the member it imports comes through Bun's workspace link.
    expected: { user: '1000', healthy: true, response: 200, exitCode: '143', body: 'hello, root workspace' },
    runs: 'CMD ["bun", "server.ts"]',
  },
  {
    name: 'go',
    app: join(fixtures, 'go-root-main'),
    images: ['golang:1.27-trixie', 'gcr.io/distroless/static-debian13:nonroot'],
    port: 8080,
    // No signal.Notify: as PID 1 Go would exit 2, so tini-static runs it and it ends by the signal.
    expected: { user: '65532:65532', healthy: true, response: 200, exitCode: '143' },
    maxBytes: 20 * 1024 * 1024,
    runs: 'ENTRYPOINT ["/app/tini", "--", "/app/hello"]',
  },
  {
    name: 'go-graceful',
    app: join(fixtures, 'go-graceful'),
    images: ['golang:1.27-trixie', 'gcr.io/distroless/static-debian13:nonroot'],
    port: 8080,
    // signal.NotifyContext and Server.Shutdown: the binary is PID 1 and drains, then exits 0.
    expected: { user: '65532:65532', healthy: true, response: 200, exitCode: '0' },
    maxBytes: 20 * 1024 * 1024,
    runs: 'ENTRYPOINT ["/app/drain"]',
  },
  {
    name: 'go-workspace',
    app: join(fixtures, 'mono-go-stdlib'),
    images: ['golang:1.26-trixie', 'gcr.io/distroless/static-debian13:nonroot'],
    port: 8080,
    // A go.work module built from the root: the answer comes from the other module it links.
    dockerfile: 'api/Dockerfile',
    expected: {
      user: '65532:65532',
      healthy: true,
      response: 200,
      exitCode: '143',
      body: 'hello, workspace',
    },
    maxBytes: 20 * 1024 * 1024,
    runs: 'ENTRYPOINT ["/app/tini", "--", "/app/api"]',
    path: '/',
  },
  {
    name: 'python',
    app: join(fixtures, 'python-stdlib'),
    images: ['python:3.13-slim-trixie'],
    port: 8000,
    // No SIGTERM handler: tini forwards the signal and Python ends by it (128 + 15).
    expected: { user: '10001:10001', healthy: true, response: 200, exitCode: '143' },
    maxBytes: 400 * 1024 * 1024,
    runs: 'ENTRYPOINT ["tini", "--"]',
  },
  {
    name: 'rust',
    app: join(fixtures, 'rust-stdlib'),
    images: ['rust:1.95-slim-trixie', 'gcr.io/distroless/cc-debian13:nonroot'],
    port: 8080,
    expected: { user: '65532:65532', healthy: true, response: 200, exitCode: '143' },
    // The cc stand-in now carries what the real cc image does (glibc, OpenSSL, libgcc, libstdc++: about
    // 15 MB); the old 30 MiB bound held only because the stand-in lacked OpenSSL and libstdc++.
    maxBytes: 40 * 1024 * 1024,
    runs: 'ENTRYPOINT ["/app/tini", "--", "/app/pinger"]',
  },
  {
    name: 'rust-workspace',
    app: join(fixtures, 'mono-cargo-stdlib'),
    images: ['rust:1.95-slim-trixie', 'gcr.io/distroless/cc-debian13:nonroot'],
    port: 8080,
    // A Cargo workspace binary built from the root's Cargo.lock, linking a path crate.
    dockerfile: 'crates/server/Dockerfile',
    expected: {
      user: '65532:65532',
      healthy: true,
      response: 200,
      exitCode: '143',
      body: 'hello, workspace',
    },
    // As for rust above: the cc stand-in is as complete as the real image.
    maxBytes: 40 * 1024 * 1024,
    runs: 'ENTRYPOINT ["/app/tini", "--", "/app/server"]',
    path: '/',
  },
  {
    name: 'static',
    app: join(fixtures, 'static-root'),
    images: ['nginxinc/nginx-unprivileged:1.30-trixie'],
    port: 8080,
    path: '/',
    // nginx as UID 101 from the unprivileged image; SIGQUIT (its STOPSIGNAL) drains it and it exits 0.
    expected: { user: '101', healthy: true, response: 200, exitCode: '0' },
    maxBytes: 200 * 1024 * 1024,
    runs: 'COPY . /usr/share/nginx/html/',
  },
  {
    name: 'php',
    app: join(fixtures, 'php-stdlib'),
    images: ['php:8.4-apache-trixie'],
    port: 8080,
    path: '/',
    // Apache as www-data (33) on 8080; SIGWINCH, the image's stop signal, is its graceful stop: exit 0.
    expected: { user: '33:33', healthy: true, response: 200, exitCode: '0', body: 'hello from php 8.4' },
    maxBytes: 400 * 1024 * 1024,
    runs: 'CMD ["apache2-foreground"]',
  },
  {
    name: 'ruby',
    app: join(fixtures, 'ruby-stdlib'),
    images: ['ruby:3.3-slim-trixie'],
    port: 4567,
    // No trap for TERM: tini forwards it and Ruby ends by the signal (128 + 15).
    expected: { user: '10001:10001', healthy: true, response: 200, exitCode: '143' },
    maxBytes: 250 * 1024 * 1024,
    runs: 'ENTRYPOINT ["tini", "--"]',
  },
];
