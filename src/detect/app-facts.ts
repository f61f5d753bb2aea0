/** The few facts about an app's files that image plans need beyond its AppPlan, read through the injected file system. */

import { join } from 'node:path';
import type { FileSystem } from '../io/file-system.js';
import type { AppFacts } from '../plan/init-plan.js';
import { parseJson5 } from './providers/node.js';
import { normaliseVersion } from './versions.js';

export function appFacts(fs: FileSystem, dir: string): AppFacts {
  const tsconfig = parseJson5(fs.readFile(join(dir, 'tsconfig.json')) ?? '') as
    | { compilerOptions?: { outDir?: string } }
    | undefined;
  const pkg = parseJson5(fs.readFile(join(dir, 'package.json')) ?? '') as
    | { dependencies?: object; devDependencies?: object; packageManager?: string; engines?: { bun?: string } }
    | undefined;
  const deps = { ...pkg?.devDependencies, ...pkg?.dependencies };
  return {
    files: fs.list(dir),
    outDir: tsconfig?.compilerOptions?.outDir?.replace(/^\.\//, '').replace(/\/$/, ''),
    prisma: 'prisma' in deps || '@prisma/client' in deps,
    bunVersion: normaliseVersion(pkg?.packageManager?.match(/^bun@(.+)$/)?.[1] ?? pkg?.engines?.bun, 2),
    // A gem spec is a four-space-indented `name (version)` line under GEM/specs.
    gems: /^ {4}\S+ \(/m.test(fs.readFile(join(dir, 'Gemfile.lock')) ?? ''),
    dotnetProjectFiles: dotnetProjectFiles(fs, dir),
    ...composerFacts(fs.readFile(join(dir, 'composer.json'))),
    privateRegistry: privateRegistry(fs, dir),
  };
}

/**
 * Signs that the install needs credentials for a registry of the project's own: a Python index named
 * in requirements files, pyproject.toml or Pipfile, or Composer repositories besides Packagist. (npm's
 * is an .npmrc, which the Node plan sees among the files.)
 */
function privateRegistry(fs: FileSystem, dir: string): boolean {
  const read = (name: string) => fs.readFile(join(dir, name)) ?? '';
  const requirements = fs
    .list(dir)
    .filter((name) => /^requirements.*\.txt$/.test(name))
    .map(read)
    .join('\n');
  if (/^\s*(?:-i\s|--index-url|--extra-index-url)/m.test(requirements)) return true;
  if (/^\[\[tool\.(?:uv\.index|poetry\.source|pdm\.source)\]\]/m.test(read('pyproject.toml'))) return true;
  if (/^url\s*=\s*"(?!https:\/\/pypi\.org\/)/m.test(read('Pipfile'))) return true;
  try {
    const composer = JSON.parse(read('composer.json') || '{}') as { repositories?: unknown };
    const repositories = Array.isArray(composer.repositories)
      ? composer.repositories
      : Object.values(composer.repositories ?? {});
    return repositories.some(
      (repository) =>
        typeof repository === 'object' &&
        repository !== null &&
        (repository as { type?: string }).type !== 'path' &&
        !/packagist\.org/.test(String((repository as { url?: string }).url ?? '')),
    );
  } catch {
    return false;
  }
}

/** Whether Composer has anything to install (packages or an autoloader), and the extensions required. */
function composerFacts(text: string | undefined): Pick<AppFacts, 'composerInstall' | 'phpExtensions'> {
  let composer: { require?: Record<string, string>; autoload?: object } = {};
  try {
    composer = text ? JSON.parse(text) : {};
  } catch {
    // detect reports an unreadable composer.json; here it installs nothing
  }
  const required = Object.keys(composer.require ?? {});
  // php, ext-*, lib-* and composer-* are platform requirements: nothing to download.
  const packages = required.filter((name) => !/^(?:php|ext-.+|lib-.+|composer(?:-.+)?)$/.test(name));
  return {
    composerInstall: packages.length > 0 || Object.keys(composer.autoload ?? {}).length > 0,
    phpExtensions: required.filter((name) => name.startsWith('ext-')).map((name) => name.slice(4)),
  };
}

const DOTNET_SETTINGS =
  /^(?:Directory\.(?:Build|Packages)\.(?:props|targets)|nuget\.config|NuGet\.Config|global\.json)$/;

/** What `dotnet restore` reads: every project file (skipping build output) and the shared settings. */
function dotnetProjectFiles(fs: FileSystem, dir: string): string[] {
  const found: string[] = [];
  const walk = (relative: string, depth: number) => {
    for (const name of fs.list(relative ? join(dir, relative) : dir).sort()) {
      const path = relative ? `${relative}/${name}` : name;
      const kind = fs.kind(join(dir, path));
      if (kind === 'directory') {
        if (depth < 4 && !['bin', 'obj', 'node_modules', '.git'].includes(name)) walk(path, depth + 1);
      } else if (/\.(?:cs|fs|vb)proj$|\.sln$/.test(name) || (depth === 0 && DOTNET_SETTINGS.test(name))) {
        found.push(path);
      }
    }
  };
  // Only a .NET app (a project or solution at its root) is walked.
  if (!fs.list(dir).some((name) => /\.(?:cs|fs|vb)proj$|\.sln$/.test(name))) return [];
  walk('', 0);
  return found;
}
