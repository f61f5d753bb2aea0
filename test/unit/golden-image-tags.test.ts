import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { toolVersion } from '../../src/core/version.js';
import { canonicalImageName, imageFacts as factsOf, imageFacts, tagExists } from '../../src/images/index.js';
import { planInit } from '../../src/init/index.js';
import { nodeFileSystem } from '../../src/io/file-system.js';
import { parseDockerfile } from '../../src/parse/dockerfile.js';
import { realworldDir } from '../realworld/suite.js';

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
function imagesNamed(path: string, text: string = readFileSync(path, 'utf8')): string[] {
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
    expect([...missing].sort()).toEqual([]);
  });
});

const realworld = realworldDir();

describe.skipIf(!realworld)('the images init writes for the real apps of ../shared/realworld', () => {
  it('are all tags the image table lists', () => {
    const missing = new Set<string>();
    const unknown = new Set<string>();
    const apps = readdirSync(realworld as string, { withFileTypes: true }).filter(
      (entry) => entry.isDirectory() && !entry.name.startsWith('_') && !entry.name.startsWith('.'),
    );
    expect(apps.length).toBeGreaterThan(30);
    for (const app of apps) {
      let files: Array<{ path: string; content: string }>;
      try {
        files = planInit(nodeFileSystem(), join(realworld as string, app.name), toolVersion()).files;
      } catch {
        continue; // init refusing an app is the harness's finding, not this test's
      }
      for (const file of files)
        for (const reference of imagesNamed(file.path, file.content)) {
          const { name, tag } = split(reference);
          if (!factsOf(name)) {
            unknown.add(canonicalImageName(name));
            continue;
          }
          if (tagExists(name, tag) !== true) missing.add(`${canonicalImageName(name)}:${tag} (${app.name})`);
        }
    }
    expect([...missing].sort()).toEqual([]);
    // Every image init writes has a version policy and a table entry.
    expect([...unknown].sort()).toEqual([]);
  }, 120_000);
});
