import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryFileSystem } from '../../test/memory-file-system.js';
import type { CliIo } from './io.js';
import { main } from './main.js';

// A Go service: its runtime stage names distroless literally; its build stage takes an ARG, which stays.
const app = {
  'app/go.mod': 'module example.com/svc\n\ngo 1.24\n\nrequire github.com/jackc/pgx/v5 v5.7.1\n',
  'app/main.go': 'package main\n\nimport "net/http"\n\nfunc main() { http.ListenAndServe(":8080", nil) }\n',
};

// A registry on 127.0.0.1 that knows every image but postgres, so one lookup fails.
let server: Server;
let base = '';
const digestOf = (path: string) => `sha256:${Buffer.from(path).toString('hex').padEnd(64, '0').slice(0, 64)}`;
beforeAll(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? '';
    response.writeHead(path.includes('/postgres/') ? 404 : 200, { 'docker-content-digest': digestOf(path) });
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function init(argv: string[]) {
  let stderr = '';
  const fs = memoryFileSystem(app, '/work');
  const io: CliIo = {
    stdout: () => {},
    stderr: (text) => {
      stderr += text;
    },
    cwd: '/work',
    env: {},
    isTTY: false,
    parallel: false,
    fs,
    registry: { baseUrl: () => base },
  };
  const code = await main(argv, io);
  return { code, stderr, fs };
}

describe('init --pin-digests', () => {
  it('pins each base and service image to its digest, and says which one kept its tag', async () => {
    const { code, stderr, fs } = await init(['init', 'app', '--pin-digests']);
    expect(code).toBe(0);
    const dockerfile = fs.readFile('/work/app/Dockerfile') ?? '';
    expect(dockerfile).toMatch(
      /^FROM gcr\.io\/distroless\/static-debian\d+:nonroot@sha256:[0-9a-f]{64} AS production$/m,
    );
    expect(dockerfile).toMatch(/^FROM golang:\$\{GO_VERSION\}-\w+ AS build$/m);
    const compose = fs.readFile('/work/app/compose.yaml') ?? '';
    expect(compose).toMatch(/image: postgres:[^@\s]+\n/);
    expect(stderr).toMatch(
      /^shipshape: postgres:\S+ keeps its tag: registry-1\.docker\.io answered HTTP 404 for library\/postgres:\S+ \(pin it by hand with `docker buildx imagetools inspect postgres:\S+`\)$/m,
    );
  });

  it('writes tags only without the flag', async () => {
    const { fs } = await init(['init', 'app']);
    expect(fs.readFile('/work/app/Dockerfile')).not.toContain('@sha256:');
  });
});
