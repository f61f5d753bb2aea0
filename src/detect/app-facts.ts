/** The few facts about an app's files that image plans need beyond its AppPlan, read through the injected file system. */

import { join } from 'node:path';
import type { FileSystem } from '../io/file-system.js';
import { parseJson5 } from '../stacks/node/detect.js';
import { NO_INSTALL_FACTS, nodeInstallFacts } from '../stacks/node/install-facts.js';
import { nodePackageManager } from '../stacks/node/package-managers.js';
import { VITE_CONFIGS, viteOutDir } from '../stacks/node/vite-out-dir.js';
import { requirementFiles } from '../stacks/python/requirements.js';
import { fileView } from '../stacks/shared/file-view.js';
import { normaliseVersion } from '../stacks/shared/versions.js';
import type { AppFacts } from '../stacks/stack.js';

export function appFacts(fs: FileSystem, dir: string): AppFacts {
  const tsconfig = parseJson5(fs.readFile(join(dir, 'tsconfig.json')) ?? '') as
    | { compilerOptions?: { outDir?: string } }
    | undefined;
  const pkg = parseJson5(fs.readFile(join(dir, 'package.json')) ?? '') as
    | { dependencies?: object; devDependencies?: object; packageManager?: string; engines?: { bun?: string } }
    | undefined;
  const deps = { ...pkg?.devDependencies, ...pkg?.dependencies };
  const nodeManager = nodePackageManager(fileView(fs, dir), '.', pkg?.packageManager).manager;
  return {
    files: fs.list(dir),
    outDir: tsconfig?.compilerOptions?.outDir?.replace(/^\.\//, '').replace(/\/$/, ''),
    prisma: 'prisma' in deps || '@prisma/client' in deps,
    yarnBerry: nodeManager === 'yarn-berry',
    nodeInstall: pkg
      ? nodeInstallFacts(nodeManager, pkg.packageManager, (name) => fs.readFile(join(dir, name)))
      : NO_INSTALL_FACTS,
    bunVersion: normaliseVersion(pkg?.packageManager?.match(/^bun@(.+)$/)?.[1] ?? pkg?.engines?.bun, 2),
    // A gem spec is a four-space-indented `name (version)` line under GEM/specs.
    gems: /^ {4}\S+ \(/m.test(fs.readFile(join(dir, 'Gemfile.lock')) ?? ''),
    dotnetProjectFiles: dotnetProjectFiles(fs, dir),
    ...composerFacts(fs.readFile(join(dir, 'composer.json'))),
    privateRegistry: privateRegistry(fs, dir),
    requirementFiles: requirementFiles((path) => fs.readFile(join(dir, path))),
    viteOutDir: viteOutDir(
      VITE_CONFIGS.map((name) => fs.readFile(join(dir, name))).find((text) => text !== undefined),
    ),
  };
}

/**
 * Signs that the install needs credentials for a registry of the project's own: a Python index named
 * in requirements files, pyproject.toml or Pipfile, a gem source besides rubygems.org, Maven
 * repositories besides Central, a Gradle repository with credentials, or Composer repositories besides
 * Packagist, or an .npmrc with a registry of its own or a login.
 */
function privateRegistry(fs: FileSystem, dir: string): boolean {
  const read = (name: string) => fs.readFile(join(dir, name)) ?? '';
  // An .npmrc that names a registry of its own or carries a login (not one with settings alone).
  const npmrc = read('.npmrc');
  const npmRegistries = [...npmrc.matchAll(/^\s*(?:@[\w.-]+:)?registry\s*=\s*(\S+)/gm)].map(
    (match) => match[1] as string,
  );
  if (npmRegistries.some(isPrivate) || /^\s*(?:\/\/\S+:)?(?:_authToken|_auth|_password)\s*=/m.test(npmrc))
    return true;
  const requirements = fs
    .list(dir)
    .filter((name) => /^requirements.*\.txt$/.test(name))
    .map(read)
    .join('\n');
  const pythonIndexes = [
    ...requirements.matchAll(/^\s*(?:-i|--index-url|--extra-index-url)[\s=]+(\S+)/gm),
    ...read('pyproject.toml').matchAll(
      /^\[\[tool\.(?:uv\.index|poetry\.source|pdm\.source)\]\][^[]*?url\s*=\s*"([^"]+)"/gms,
    ),
    ...read('Pipfile').matchAll(/^url\s*=\s*"([^"]+)"/gm),
  ].map((match) => match[1] as string);
  if (pythonIndexes.some(isPrivate)) return true;
  const gemSources = [...read('Gemfile').matchAll(/^\s*source\s+['"]([^'"]+)['"]/gm)].map(
    (match) => match[1] as string,
  );
  if (gemSources.some(isPrivate)) return true;
  // Maven repositories (not distributionManagement's, which only deploy).
  const repositories = /<repositories>([\s\S]*?)<\/repositories>/.exec(read('pom.xml'))?.[1] ?? '';
  if ([...repositories.matchAll(/<url>\s*([^<\s]+)/g)].map((match) => match[1] as string).some(isPrivate))
    return true;
  // A Gradle repository that takes credentials.
  const gradle = ['build.gradle', 'build.gradle.kts', 'settings.gradle', 'settings.gradle.kts']
    .map(read)
    .join('\n');
  if (/\bcredentials\s*[({]/.test(gradle)) return true;
  try {
    const composer = JSON.parse(read('composer.json') || '{}') as { repositories?: unknown };
    const composerRepositories = Array.isArray(composer.repositories)
      ? composer.repositories
      : Object.values(composer.repositories ?? {});
    return composerRepositories.some(
      (repository) =>
        typeof repository === 'object' &&
        repository !== null &&
        (repository as { type?: string }).type !== 'path' &&
        isPrivate(String((repository as { url?: string }).url ?? '')),
    );
  } catch {
    return false;
  }
}

/** Registries anyone can read without credentials: the defaults and the well-known extras. */
const PUBLIC_REGISTRIES = [
  'registry.npmjs.org',
  'registry.yarnpkg.com',
  'pypi.org',
  'files.pythonhosted.org',
  'download.pytorch.org',
  'rubygems.org',
  'repo.maven.apache.org',
  'repo1.maven.org',
  'repo.spring.io',
  'jitpack.io',
  'maven.google.com',
  'oss.sonatype.org',
  's01.oss.sonatype.org',
  'packages.confluent.io',
  'repo.packagist.org',
  'packagist.org',
];

function isPrivate(url: string): boolean {
  const host = /^[a-z+]+:\/\/(?:[^@/]*@)?([^/:]+)/i.exec(url.trim())?.[1]?.toLowerCase();
  if (!host) return false;
  return !PUBLIC_REGISTRIES.some((registry) => host === registry || host.endsWith(`.${registry}`));
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
