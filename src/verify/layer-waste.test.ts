import { Readable } from 'node:stream';
import tar from 'tar-stream';
import { describe, expect, it } from 'vitest';
import { type Layer, type LayerEntry, readImageArchive } from './image-archive.js';
import { layerWaste } from './layer-waste.js';

const file = (path: string, sizeBytes: number): LayerEntry => ({ path, kind: 'file', sizeBytes });
const layer = (...entries: LayerEntry[]): Layer => ({
  archivePath: 'x',
  entries,
  sizeBytes: entries.reduce((sum, entry) => sum + entry.sizeBytes, 0),
});

describe('layerWaste', () => {
  it('an image whose layers never overlap wastes nothing', () => {
    const waste = layerWaste([layer(file('bin/sh', 100)), layer(file('app/server.js', 50))]);
    expect(waste).toMatchObject({ efficiency: 1, wastedBytes: 0, userBytes: 50, userWastedRatio: 0 });
  });

  it('a file added and then deleted by a whiteout wastes all of it', () => {
    const waste = layerWaste([
      layer(file('bin/sh', 100)),
      layer(file('tmp/big.bin', 1000)),
      layer({ path: 'tmp/big.bin', kind: 'whiteout', sizeBytes: 0 }),
    ]);
    expect(waste.wastedBytes).toBe(1000);
    expect(waste.efficiency).toBeCloseTo(100 / 1100);
    expect(waste.worst).toEqual([{ path: 'tmp/big.bin', occurrences: 2, wastedBytes: 1000 }]);
  });

  it('a file written twice wastes the hidden copy, not both (where dive counts both)', () => {
    const waste = layerWaste([layer(file('etc/config', 10)), layer(file('etc/config', 30))]);
    expect(waste.wastedBytes).toBe(10);
    expect(waste.efficiency).toBeCloseTo(10 / 40);
  });

  it('deleting a directory counts every file beneath it (dive misses these)', () => {
    const waste = layerWaste([
      layer(file('bin/sh', 10)),
      layer(file('cache/a', 300), file('cache/sub/b', 200), file('cachet', 5)),
      layer({ path: 'cache', kind: 'whiteout', sizeBytes: 0 }),
    ]);
    expect(waste.wastedBytes).toBe(500);
    expect(waste.worst.map((path) => path.path)).toEqual(['cache/a', 'cache/sub/b']);
  });

  it('an opaque directory hides what lower layers had there, not what its own layer adds', () => {
    const waste = layerWaste([
      layer(file('data/old', 400)),
      layer({ path: 'data', kind: 'opaque', sizeBytes: 0 }, file('data/new', 20)),
    ]);
    expect(waste.wastedBytes).toBe(400);
    expect(waste.userBytes).toBe(20);
  });
});

async function archiveOf(layers: { name: string; size: number; content?: string }[][]): Promise<Buffer> {
  const layerTars = await Promise.all(
    layers.map(async (files) => {
      const pack = tar.pack();
      for (const entry of files)
        pack.entry(
          { name: entry.name, size: entry.content?.length ?? entry.size },
          entry.content ?? Buffer.alloc(entry.size),
        );
      pack.finalize();
      return collect(pack);
    }),
  );
  const outer = tar.pack();
  for (const [index, buffer] of layerTars.entries()) outer.entry({ name: `layer${index}/layer.tar` }, buffer);
  outer.entry(
    { name: 'manifest.json' },
    JSON.stringify([{ Layers: layerTars.map((_, index) => `layer${index}/layer.tar`) }]),
  );
  outer.finalize();
  return collect(outer);
}

async function collect(stream: AsyncIterable<unknown>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('readImageArchive', () => {
  it('reads layers in manifest order, whiteouts, /etc/passwd and private keys', async () => {
    const key = `-----BEGIN OPENSSH PRIVATE KEY-----\n${'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ'.repeat(2)}\n-----END OPENSSH PRIVATE KEY-----\n`;
    const example = 'key="-----BEGIN PRIVATE KEY-----\\nXXXX\\n-----END PRIVATE KEY-----"';
    const buffer = await archiveOf([
      [
        { name: 'etc/passwd', size: 0, content: 'root:x:0:0::/root:/bin/sh\n' },
        { name: 'big', size: 2048 },
      ],
      [
        { name: '.wh.big', size: 0 },
        {
          name: 'etc/passwd',
          size: 0,
          content: 'root:x:0:0::/root:/bin/sh\napp:x:10001:10001::/app:/bin/false\n',
        },
        { name: 'app/id_ed25519', size: 0, content: key },
        { name: 'app/docs.md', size: 0, content: example },
      ],
    ]);
    const archive = await readImageArchive(Readable.from([buffer]));
    expect(archive.layers.map((l) => l.entries.map((e) => `${e.kind}:${e.path}`))).toEqual([
      ['file:etc/passwd', 'file:big'],
      ['whiteout:big', 'file:etc/passwd', 'file:app/id_ed25519', 'file:app/docs.md'],
    ]);
    expect(archive.files.get('etc/passwd')).toContain('app:x:10001');
    expect(archive.privateKeys).toEqual([{ path: 'app/id_ed25519', layer: 1 }]);
    // The deleted file, and the first /etc/passwd that the second hides.
    expect(layerWaste(archive.layers).wastedBytes).toBe(2048 + 'root:x:0:0::/root:/bin/sh\n'.length);
  });

  it('reads an empty layer, and a layer saved once under two names (a symlink)', async () => {
    const empty = tar.pack();
    empty.finalize();
    const emptyTar = await collect(empty);
    const full = tar.pack();
    full.entry({ name: 'bin/app', size: 3 }, 'abc');
    full.finalize();
    const outer = tar.pack();
    outer.entry({ name: 'a/layer.tar' }, await collect(full));
    outer.entry({ name: 'b/layer.tar' }, emptyTar);
    outer.entry({ name: 'c/layer.tar', type: 'symlink', linkname: '../a/layer.tar' });
    outer.entry(
      { name: 'manifest.json' },
      JSON.stringify([{ Layers: ['a/layer.tar', 'b/layer.tar', 'c/layer.tar'] }]),
    );
    outer.finalize();
    const archive = await readImageArchive(Readable.from([await collect(outer)]));
    expect(archive.layers.map((layer) => layer.entries.length)).toEqual([1, 0, 1]);
  });
});
