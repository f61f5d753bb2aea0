import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { imageLocation, resolveDigest } from './registry.js';

const DIGEST = `sha256:${'ab'.repeat(32)}`;
let server: Server;
let base = '';
const requests: string[] = [];

// A registry on 127.0.0.1 that behaves like Docker Hub: 401 with a bearer challenge, then the manifest.
beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(`${request.method} ${request.url} ${request.headers.authorization ?? '-'}`);
    const url = new URL(request.url ?? '/', base);
    if (url.pathname === '/token') {
      const scoped = url.searchParams.get('scope') === 'repository:library/node:pull';
      response.writeHead(scoped ? 200 : 403, { 'content-type': 'application/json' });
      return response.end(JSON.stringify({ token: 'anonymous-token' }));
    }
    if (request.headers.authorization !== 'Bearer anonymous-token') {
      response.writeHead(401, {
        'www-authenticate': `Bearer realm="${base}/token",service="registry.test",scope="repository:library/node:pull"`,
      });
      return response.end();
    }
    if (url.pathname === '/v2/library/node/manifests/24-trixie-slim') {
      expect(request.headers.accept).toContain('application/vnd.oci.image.index.v1+json');
      response.writeHead(200, { 'docker-content-digest': DIGEST });
      return response.end();
    }
    response.writeHead(404);
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('registry digests', () => {
  it.each([
    ['node:24', { host: 'registry-1.docker.io', repository: 'library/node', tag: '24' }],
    ['oven/bun:1.4-debian', { host: 'registry-1.docker.io', repository: 'oven/bun', tag: '1.4-debian' }],
    ['ghcr.io/astral-sh/uv:0.12', { host: 'ghcr.io', repository: 'astral-sh/uv', tag: '0.12' }],
    [
      'mcr.microsoft.com/dotnet/aspnet',
      { host: 'mcr.microsoft.com', repository: 'dotnet/aspnet', tag: 'latest' },
    ],
    ['localhost:5000/app:1', { host: 'localhost:5000', repository: 'app', tag: '1' }],
  ])('locates %s', (reference, location) => {
    expect(imageLocation(reference)).toEqual(location);
  });

  it('takes an anonymous token when challenged, and returns the index digest', async () => {
    const digest = await resolveDigest('node:24-trixie-slim', { baseUrl: () => base });
    expect(digest).toBe(DIGEST);
    expect(requests.filter((line) => line.startsWith('HEAD'))).toEqual([
      'HEAD /v2/library/node/manifests/24-trixie-slim -',
      'HEAD /v2/library/node/manifests/24-trixie-slim Bearer anonymous-token',
    ]);
  });

  it('says which tag the registry does not have', async () => {
    await expect(resolveDigest('node:99-trixie', { baseUrl: () => base })).rejects.toThrow(
      'registry-1.docker.io answered HTTP 404 for library/node:99-trixie',
    );
  });

  it('gives up in one line when the registry cannot be reached', async () => {
    await expect(
      resolveDigest('node:24', { baseUrl: () => 'http://127.0.0.1:9', timeoutMs: 2000 }),
    ).rejects.toThrow();
  });
});
