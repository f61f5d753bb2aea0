import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { nodeFileSystem } from './file-system.js';

describe('nodeFileSystem.writeFile', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('creates missing folders and leaves no temporary file behind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shipshape-fs-'));
    dirs.push(dir);
    const path = join(dir, '.github', 'workflows', 'container.yml');
    nodeFileSystem().writeFile(path, 'name: x\n');
    expect(readFileSync(path, 'utf8')).toBe('name: x\n');
    expect(readdirSync(join(dir, '.github', 'workflows'))).toEqual(['container.yml']);
  });
});
