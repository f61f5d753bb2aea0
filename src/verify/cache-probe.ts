/**
 * What a developer's next build costs: copies the build context (as .dockerignore filters it) to a
 * scratch folder, changes one source file there, rebuilds, and returns the steps, so the cache-reuse
 * check can see which re-ran. The user's files are never touched, and the rebuild is left untagged.
 */

import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, relative, sep } from 'node:path';
import { type BuildRequest, buildImage } from '../docker/build.js';
import type { BuildStep } from '../docker/build-progress.js';
import type { DockerEngine } from '../docker/engine.js';
import { isExcluded, parseDockerignore } from '../parse/dockerignore.js';

/** Source files by how safely a comment can be appended, best first. */
const COMMENT_BY_EXTENSION: Record<string, string> = {
  '.js': '//',
  '.mjs': '//',
  '.cjs': '//',
  '.ts': '//',
  '.tsx': '//',
  '.jsx': '//',
  '.go': '//',
  '.rs': '//',
  '.java': '//',
  '.kt': '//',
  '.cs': '//',
  '.py': '#',
  '.rb': '#',
  '.ex': '#',
  '.php': '//',
  // Static sites: a stylesheet or a page is their source.
  '.css': '/* */',
  '.html': '<!-- -->',
};
const NEVER = /(?:^|\/)(?:node_modules|vendor|target|dist|build|\.git|\.venv)(?:\/|$)/;
const CONFIG = /(?:^|\/)(?:[\w.-]+\.config\.\w+|setup\.py|conftest\.py|manage\.py|build\.rs)$/;

export interface CacheProbe {
  changedFile: string | undefined;
  steps: BuildStep[];
}

export async function rebuildAfterSourceChange(
  engine: DockerEngine,
  request: BuildRequest,
): Promise<CacheProbe> {
  const ignoreText = readOptional(join(request.context, '.dockerignore'));
  const ignore = ignoreText === undefined ? undefined : parseDockerignore(ignoreText);
  const scratch = mkdtempSync(join(tmpdir(), 'shipshape-cache-'));
  try {
    const copy = join(scratch, 'context');
    const dockerfile = request.dockerfile ?? join(request.context, 'Dockerfile');
    const inContext = relative(request.context, dockerfile);
    // The Dockerfile and .dockerignore are read apart from the context, so they are copied even when
    // .dockerignore leaves them out of it.
    const alwaysCopied = new Set(['.dockerignore', inContext.split(sep).join('/')]);
    cpSync(request.context, copy, {
      recursive: true,
      filter: (source) => {
        const path = relative(request.context, source).split(sep).join('/');
        return !path || !ignore || alwaysCopied.has(path) || !isExcluded(ignore, path);
      },
    });
    const changedFile = pickSourceFile(copy);
    if (!changedFile) return { changedFile, steps: [] };
    // A marker is "open close" (block comments) or a line comment's opening alone.
    const [open, close = ''] = (COMMENT_BY_EXTENSION[extname(changedFile)] ?? '#').split(' ');
    appendFileSync(join(copy, changedFile), `\n${open} changed by shipshape verify (cache-reuse) ${close}\n`);
    const { tags: _tags, push: _push, ...rest } = request;
    const result = await buildImage(engine, {
      ...rest,
      tags: [],
      push: false,
      noCache: false,
      context: copy,
      dockerfile: inContext.startsWith('..') ? dockerfile : join(copy, inContext),
    });
    return { changedFile, steps: result.steps };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The shallowest source file (the app's entry point, usually), by extension preference. */
export function pickSourceFile(root: string): string | undefined {
  const found: string[] = [];
  const walk = (dir: string, depth: number) => {
    if (depth > 6) return;
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const rel = relative(root, path).split(sep).join('/');
      if (NEVER.test(rel)) continue;
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path, depth + 1);
      else if (stat.isFile() && extname(name) in COMMENT_BY_EXTENSION && !CONFIG.test(rel)) found.push(rel);
    }
  };
  walk(root, 0);
  const order = Object.keys(COMMENT_BY_EXTENSION);
  return found.sort(
    (a, b) =>
      a.split('/').length - b.split('/').length ||
      order.indexOf(extname(a)) - order.indexOf(extname(b)) ||
      a.localeCompare(b),
  )[0];
}

function readOptional(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
