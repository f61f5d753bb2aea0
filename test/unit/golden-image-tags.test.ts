import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { canonicalImageName, imageFacts, tagExists } from '../../src/images/index.js';
import { parseDockerfile } from '../../src/parse/dockerfile.js';

const goldens = join(import.meta.dirname, '..', 'fixtures', 'golden');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** `name[:tag][@digest]` as name and tag (latest when none). */
function split(reference: string): { name: string; tag: string } {
  const [withoutDigest = ''] = reference.split('@');
  const slash = withoutDigest.lastIndexOf('/');
  const colon = withoutDigest.lastIndexOf(':');
  return colon > slash
    ? { name: withoutDigest.slice(0, colon), tag: withoutDigest.slice(colon + 1) }
    : { name: withoutDigest, tag: 'latest' };
}

/** Every image a generated file names, with ARG defaults expanded as the build would. */
function imagesNamed(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  if (/(^|\/)Dockerfile$/.test(path)) {
    const model = parseDockerfile(text);
    const stages = new Set(model.stages.map((stage) => stage.name?.toLowerCase()));
    return model.stages
      .map((stage) => stage.baseImageExpanded)
      .filter((image): image is string => Boolean(image) && !stages.has(image?.toLowerCase()));
  }
  if (/\.ya?ml$/.test(path) && !path.includes('/.github/')) {
    const value = parseYaml(text, { logLevel: 'error' }) as {
      services?: Record<string, { image?: unknown }>;
    } | null;
    return Object.values(value?.services ?? {})
      .map((service) => service?.image)
      .filter((image): image is string => typeof image === 'string' && !image.includes('$'));
  }
  return [];
}

/**
 * Tags init writes today that no publisher ever pushed: the defaults and version mapping still live in
 * the stacks, which take their tags from src/images in issue 15's phase 2. That change empties this list;
 * until then the test fails when a new one appears or one is fixed without updating it.
 */
const KNOWN_MISSING: string[] = [
  // Rust 1.63 predates Debian 12: its images were built on bullseye and buster only.
  'rust:1.63-slim-bookworm (mono-cargo-stdlib)',
  'rust:1.63-slim-bookworm (rust-axum)',
  'rust:1.63-slim-bookworm (rust-stdlib)',
];

describe('the images generated files name', () => {
  it('are all tags the image table lists, for every image it lists exhaustively', () => {
    const missing = new Set<string>();
    for (const path of filesUnder(goldens)) {
      for (const reference of imagesNamed(path)) {
        const { name, tag } = split(reference);
        if (!imageFacts(name)) continue;
        if (tagExists(name, tag) === false)
          missing.add(`${canonicalImageName(name)}:${tag} (${relative(goldens, path).split('/')[0]})`);
      }
    }
    expect([...missing].sort()).toEqual(KNOWN_MISSING);
  });
});
