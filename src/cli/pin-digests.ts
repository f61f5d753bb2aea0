/**
 * `init --pin-digests`: the image references generated files name, and the same files with each one
 * pinned as `name:tag@sha256:...` (the tag stays for readers and update bots, the digest decides).
 * Pure: the digests are looked up at the edge (src/io/registry.ts) and passed in. It lives with the
 * command because it reads the Dockerfiles init wrote back with the parser, a step after rendering.
 */

import { parseDockerfile } from '../parse/dockerfile.js';

export interface TextFile {
  path: string;
  content: string;
}

interface Site {
  start: number;
  end: number;
  reference: string;
}

const isDockerfile = (path: string) => /(^|\/)Dockerfile$/.test(path);
const isYaml = (path: string) => /\.ya?ml$/.test(path) && !path.startsWith('.github/');

/** A reference a digest can pin: literal, tagged or not, not yet pinned, not `scratch`. */
const pinnable = (reference: string) =>
  reference !== '' && !reference.includes('$') && !reference.includes('@') && reference !== 'scratch';

function sites(file: TextFile): Site[] {
  if (isDockerfile(file.path)) {
    const model = parseDockerfile(file.content, file.path);
    return model.stages.flatMap((stage) => {
      const word = stage.from.args[0];
      // A stage built on an earlier stage names no image; an ARG in FROM is the user's to pin.
      if (!word || stage.parentStage !== undefined || !pinnable(stage.baseImage)) return [];
      const text = file.content.slice(word.range.startOffset, word.range.endOffset);
      return text === stage.baseImage
        ? [{ start: word.range.startOffset, end: word.range.endOffset, reference: stage.baseImage }]
        : [];
    });
  }
  if (isYaml(file.path)) {
    const found: Site[] = [];
    // Generated YAML writes `image: <reference>` on its own line, unquoted or double-quoted.
    for (const match of file.content.matchAll(/^([ \t-]*image:[ \t]*"?)([^"\s#]+)"?[ \t]*$/gm)) {
      const reference = match[2] as string;
      // `image: api` in a Compose file names the app's own build, not a registry image.
      if (!pinnable(reference) || !/[:/.]/.test(reference)) continue;
      const start = (match.index ?? 0) + (match[1] as string).length;
      found.push({ start, end: start + reference.length, reference });
    }
    return found;
  }
  return [];
}

export function referencesToPin(files: TextFile[]): string[] {
  return [...new Set(files.flatMap((file) => sites(file).map((site) => site.reference)))].sort();
}

/** Each pinnable reference with a digest in `digests` becomes `reference@digest`; others stay as written. */
export function pinDigests<File extends TextFile>(
  files: File[],
  digests: ReadonlyMap<string, string>,
): File[] {
  return files.map((file) => {
    let content = file.content;
    for (const site of sites(file).sort((a, b) => b.start - a.start)) {
      const digest = digests.get(site.reference);
      if (digest) content = `${content.slice(0, site.end)}@${digest}${content.slice(site.end)}`;
    }
    return content === file.content ? file : { ...file, content };
  });
}
