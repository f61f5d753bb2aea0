/**
 * Reads an image archive as `docker save` streams it (the classic layout with `<id>/layer.tar`, or the
 * OCI layout with `blobs/sha256/<digest>`, both listing their layers in manifest.json) into what the
 * checks need: each layer's files with sizes and whiteouts, the few small files a check reads
 * (/etc/passwd), and files whose content starts a private key. One pass, nothing written to disk.
 */

import { posix } from 'node:path';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import tar from 'tar-stream';
import { EngineError } from '../core/errors.js';

export type LayerEntryKind = 'file' | 'directory' | 'link' | 'whiteout' | 'opaque';

export interface LayerEntry {
  /** Path inside the image, without a leading slash; for a whiteout, the path it deletes. */
  path: string;
  kind: LayerEntryKind;
  sizeBytes: number;
}

export interface Layer {
  /** The layer's name in the archive. */
  archivePath: string;
  entries: LayerEntry[];
  sizeBytes: number;
}

export interface ImageArchive {
  /** Bottom layer first, as manifest.json orders them. */
  layers: Layer[];
  /** Contents of the files in WANTED_FILES, as the top-most layer holding each leaves them. */
  files: Map<string, string>;
  /** Paths (with the layer index) of small files that hold a private key. */
  privateKeys: { path: string; layer: number }[];
}

const WANTED_FILES = new Set(['etc/passwd', 'etc/group']);
const SNIFF_LIMIT = 64 * 1024;
/** A PEM private key with a real body (a line of base64), not a documentation example of one. */
const PRIVATE_KEY =
  /-----BEGIN (?:RSA |DSA |EC |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----\r?\n(?:[\w-]+: [^\n]*\r?\n)*\r?\n?[A-Za-z0-9+/]{40,}/;

interface ScannedLayer {
  entries: LayerEntry[];
  sizeBytes: number;
  files: Map<string, string>;
  privateKeys: string[];
}

export async function readImageArchive(stream: Readable): Promise<ImageArchive> {
  const scanned = new Map<string, ScannedLayer>();
  const aliases = new Map<string, string>();
  let manifest: { Layers: string[] }[] | undefined;
  const outer = tar.extract();
  stream.pipe(outer);
  for await (const entry of outer) {
    const name = entry.header.name.replace(/^\.\//, '');
    if (name === 'manifest.json') {
      manifest = JSON.parse((await collect(entry)).toString('utf8'));
      continue;
    }
    // The same layer twice in one image is saved once, with a symlink for the second name.
    if (entry.header.type === 'symlink' && entry.header.linkname) {
      aliases.set(name, posix.normalize(posix.join(posix.dirname(name), entry.header.linkname)));
      await drain(entry);
      continue;
    }
    if (entry.header.type !== 'file' || !(name.endsWith('.tar') || name.startsWith('blobs/'))) {
      await drain(entry);
      continue;
    }
    const layer = await scanIfLayer(entry);
    if (layer) scanned.set(name, layer);
  }
  if (!manifest?.[0]) throw new EngineError('the image archive from docker save has no manifest.json');
  const layers: Layer[] = [];
  const files = new Map<string, string>();
  const privateKeys: ImageArchive['privateKeys'] = [];
  manifest[0].Layers.forEach((archivePath, index) => {
    const layer = scanned.get(archivePath) ?? scanned.get(aliases.get(archivePath) ?? '');
    if (!layer) throw new EngineError(`the image archive from docker save lacks layer ${archivePath}`);
    layers.push({ archivePath, entries: layer.entries, sizeBytes: layer.sizeBytes });
    for (const [path, text] of layer.files) files.set(path, text);
    for (const path of layer.privateKeys) privateKeys.push({ path, layer: index });
  });
  return { layers, files, privateKeys };
}

/** Reads a blob that is a layer (a tar, maybe gzipped); returns undefined for config and index blobs. */
async function scanIfLayer(entry: AsyncIterable<unknown>): Promise<ScannedLayer | undefined> {
  const iterator = entry[Symbol.asyncIterator]();
  let head = Buffer.alloc(0);
  while (head.length < 512) {
    const next = await iterator.next();
    if (next.done) break;
    head = Buffer.concat([head, next.value as Buffer]);
  }
  const rest = async function* () {
    yield head;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value as Buffer;
    }
  };
  const gzipped = head[0] === 0x1f && head[1] === 0x8b;
  // An empty layer (a RUN that changed nothing) is a tar of nothing but its two zero blocks.
  const isTar =
    head.length >= 512 &&
    (head.subarray(257, 262).toString('latin1') === 'ustar' ||
      head.subarray(0, 512).every((byte) => byte === 0));
  if (!gzipped && !isTar) {
    await drain(rest());
    return undefined;
  }
  const source = Readable.from(rest());
  return scanLayer(gzipped ? source.pipe(createGunzip()) : source);
}

async function scanLayer(stream: Readable): Promise<ScannedLayer> {
  const layer: ScannedLayer = { entries: [], sizeBytes: 0, files: new Map(), privateKeys: [] };
  const extract = tar.extract();
  stream.pipe(extract);
  for await (const entry of extract) {
    const { header } = entry;
    const path = header.name.replace(/^\.?\//, '').replace(/\/$/, '');
    const slash = path.lastIndexOf('/');
    const base = path.slice(slash + 1);
    const dir = slash < 0 ? '' : path.slice(0, slash);
    if (base === '.wh..wh..opq') {
      layer.entries.push({ path: dir, kind: 'opaque', sizeBytes: 0 });
    } else if (base.startsWith('.wh.')) {
      layer.entries.push({ path: (dir ? `${dir}/` : '') + base.slice(4), kind: 'whiteout', sizeBytes: 0 });
    } else if (path) {
      const kind: LayerEntryKind =
        header.type === 'directory' ? 'directory' : header.type === 'file' ? 'file' : 'link';
      const sizeBytes = kind === 'file' ? (header.size ?? 0) : 0;
      layer.entries.push({ path, kind, sizeBytes });
      layer.sizeBytes += sizeBytes;
      if (kind === 'file' && sizeBytes <= SNIFF_LIMIT && sizeBytes > 0) {
        const content = await collect(entry);
        if (WANTED_FILES.has(path)) layer.files.set(path, content.toString('utf8'));
        if (content.includes('PRIVATE KEY') && PRIVATE_KEY.test(content.toString('latin1')))
          layer.privateKeys.push(path);
        continue;
      }
    }
    await drain(entry);
  }
  return layer;
}

async function drain(stream: AsyncIterable<unknown>): Promise<void> {
  for await (const _ of stream) {
    // read to the end so the archive moves on
  }
}

async function collect(stream: AsyncIterable<unknown>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
