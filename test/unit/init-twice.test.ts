import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectRepository } from '../../src/detect/index.js';
import { planInit } from '../../src/init/index.js';
import type { FileSystem } from '../../src/io/file-system.js';
import { fileView } from '../../src/stacks/shared/file-view.js';
import { memoryFileSystem } from '../memory-file-system.js';

// Distilled from re-running init on real apps: the second run read the EXPOSE and the Compose services
// of the files the first run wrote, as if the app's authors had said so.
const GO_APP = {
  'go.mod': 'module example.com/shop\n\ngo 1.22\n\nrequire github.com/lib/pq v1.10.9\n',
  'main.go':
    'package main\n\nimport (\n\t"net/http"\n\t_ "github.com/lib/pq"\n)\n\nfunc main() {\n\thttp.ListenAndServe(listenAddr(), nil)\n}\n',
  'addr.go': 'package main\n\nimport "os"\n\nfunc listenAddr() string { return os.Getenv("ADDR") }\n',
};

function initInto(fs: FileSystem, dir: string) {
  const files = planInit(fs, dir, '0.0.0').files;
  for (const file of files) fs.writeFile(join(dir, file.path), file.content);
  return files;
}

describe('init run twice', () => {
  it('writes the same files and detects the same facts the second time', () => {
    const fs = memoryFileSystem(GO_APP);
    const before = detectRepository(fileView(fs, '/work'));
    const first = initInto(fs, '/work');
    const after = detectRepository(fileView(fs, '/work'));
    const second = planInit(fs, '/work', '0.0.0').files;
    expect(after).toEqual(before);
    expect(after.apps[0]?.evidence.port).toBe('Go default 8080');
    expect(second).toEqual(first);
  });

  it('drops a service the app no longer uses instead of keeping it from its own compose.yaml', () => {
    const fs = memoryFileSystem(GO_APP);
    initInto(fs, '/work');
    expect(detectRepository(fileView(fs, '/work')).apps[0]?.services).toEqual(['postgres']);
    fs.writeFile('/work/go.mod', 'module example.com/shop\n\ngo 1.22\n');
    fs.writeFile(
      '/work/main.go',
      'package main\n\nimport "net/http"\n\nfunc main() { http.ListenAndServe(listenAddr(), nil) }\n',
    );
    expect(detectRepository(fileView(fs, '/work')).apps[0]?.services).toEqual([]);
  });

  it("still reads the app's own Dockerfile", () => {
    const fs = memoryFileSystem({ ...GO_APP, Dockerfile: 'FROM golang:1.22\nEXPOSE 9000\n' });
    const app = detectRepository(fileView(fs, '/work')).apps[0];
    expect(app?.port).toBe(9000);
    expect(app?.evidence.port).toBe('Dockerfile EXPOSE');
  });
});
