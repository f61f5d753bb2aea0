/** The few facts about an app's files that image plans need beyond its AppPlan, read through the injected file system. */

import { join } from 'node:path';
import type { FileSystem } from '../io/file-system.js';
import type { AppFacts } from '../plan/init-plan.js';
import { parseJson5 } from './providers/node.js';

export function appFacts(fs: FileSystem, dir: string): AppFacts {
  const tsconfig = parseJson5(fs.readFile(join(dir, 'tsconfig.json')) ?? '') as
    | { compilerOptions?: { outDir?: string } }
    | undefined;
  const pkg = parseJson5(fs.readFile(join(dir, 'package.json')) ?? '') as
    | { dependencies?: object; devDependencies?: object }
    | undefined;
  const deps = { ...pkg?.devDependencies, ...pkg?.dependencies };
  return {
    files: fs.list(dir),
    outDir: tsconfig?.compilerOptions?.outDir?.replace(/^\.\//, '').replace(/\/$/, ''),
    prisma: 'prisma' in deps || '@prisma/client' in deps,
    // A gem spec is a four-space-indented `name (version)` line under GEM/specs.
    gems: /^ {4}\S+ \(/m.test(fs.readFile(join(dir, 'Gemfile.lock')) ?? ''),
  };
}
