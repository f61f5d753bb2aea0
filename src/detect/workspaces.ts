/** Workspace members from npm/yarn/pnpm workspaces, go.work and Cargo workspaces, globs expanded one level. */

import { posix } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import type { FileView } from '../stacks/shared/file-view.js';
import { join } from '../stacks/shared/services.js';

export interface Workspace {
  kind: 'node' | 'go' | 'cargo';
  /** Member directories relative to the root. */
  members: string[];
  /** Monorepo tools that orchestrate the build (turbo, nx, lerna). */
  tools: string[];
}

/** `apps/*`, `packages/**`, `services/api`: directories that exist, at most two levels deep. */
export function expandGlobs(view: FileView, patterns: string[]): string[] {
  const members = new Set<string>();
  const excluded = patterns
    .filter((pattern) => pattern.startsWith('!'))
    .map((pattern) => pattern.slice(1).replace(/\/$/, ''));
  for (const raw of patterns) {
    if (raw.startsWith('!')) continue;
    const pattern = raw.replace(/^\.\//, '').replace(/\/$/, '');
    const parts = pattern.split('/');
    let dirs = ['.'];
    for (const part of parts) {
      const next: string[] = [];
      for (const dir of dirs) {
        if (part === '*' || part === '**') {
          for (const name of view.list(dir)) {
            const path = join(dir, name);
            if (!name.startsWith('.') && name !== 'node_modules' && view.isDirectory(path)) {
              next.push(path);
              if (part === '**')
                for (const child of view.list(path))
                  if (view.isDirectory(join(path, child)) && child !== 'node_modules')
                    next.push(join(path, child));
            }
          }
        } else if (part.includes('*')) {
          const regex = new RegExp(`^${part.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
          for (const name of view.list(dir))
            if (regex.test(name) && view.isDirectory(join(dir, name))) next.push(join(dir, name));
        } else if (view.isDirectory(join(dir, part))) next.push(join(dir, part));
      }
      dirs = next;
    }
    for (const dir of dirs) if (dir !== '.' && !excluded.includes(dir)) members.add(dir);
  }
  return [...members].sort();
}

export function findWorkspace(view: FileView): Workspace | undefined {
  const tools = ['turbo.json', 'nx.json', 'lerna.json']
    .filter((file) => view.exists(file))
    .map((file) => file.replace('.json', ''));
  const pkg = view.json('package.json') as { workspaces?: string[] | { packages?: string[] } } | undefined;
  let patterns = Array.isArray(pkg?.workspaces) ? pkg.workspaces : (pkg?.workspaces?.packages ?? []);
  const pnpm = view.read('pnpm-workspace.yaml');
  if (pnpm) {
    try {
      const parsed = parseYaml(pnpm) as { packages?: string[] } | null;
      patterns = [...patterns, ...(parsed?.packages ?? [])];
    } catch {
      // an unreadable pnpm-workspace.yaml leaves the package.json workspaces
    }
  }
  if (patterns.length) {
    const members = expandGlobs(view, patterns).filter((dir) => view.exists(join(dir, 'package.json')));
    return { kind: 'node', members, tools };
  }
  const goWork = view.read('go.work');
  if (goWork) {
    const members = [...goWork.matchAll(/^\s*(?:use\s+)?(\.\/[^\s)]+|\.)\s*$/gm)]
      .map((match) => (match[1] as string).replace(/^\.\//, ''))
      .filter((dir) => dir && dir !== '.' && view.exists(join(dir, 'go.mod')));
    return { kind: 'go', members: [...new Set(members)].sort(), tools };
  }
  const cargoText = view.read('Cargo.toml');
  if (cargoText && /^\[workspace\]/m.test(cargoText)) {
    try {
      const cargo = parseToml(cargoText) as { workspace?: { members?: string[]; exclude?: string[] } };
      const members = expandGlobs(view, [
        ...(cargo.workspace?.members ?? []),
        ...(cargo.workspace?.exclude ?? []).map((dir) => `!${dir}`),
      ]).filter((dir) => view.exists(join(dir, 'Cargo.toml')));
      return { kind: 'cargo', members, tools };
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * The members an app builds with, directly or through other members, dependencies first (each one
 * after everything it needs), so they can be built in this order. Node reads the dependency maps of
 * package.json, Cargo the `path` dependencies, Go the `require`d module paths of other members.
 */
export function memberDependencies(view: FileView, workspace: Workspace, app: string): string[] {
  return dependencyClosures(view, workspace)(app);
}

/**
 * memberDependencies for every member of one workspace: the members' manifests are read once and each
 * closure is computed once, however many members ask.
 */
export function dependencyClosures(view: FileView, workspace: Workspace): (app: string) => string[] {
  const direct = directDependencies(view, workspace);
  const closures = new Map<string, string[]>();
  return (app) => {
    const known = closures.get(app);
    if (known) return known;
    const ordered: string[] = [];
    const visiting = new Set<string>();
    const visit = (member: string) => {
      if (ordered.includes(member) || visiting.has(member)) return;
      visiting.add(member);
      for (const dependency of direct(member)) visit(dependency);
      if (member !== app) ordered.push(member);
    };
    visit(app);
    closures.set(app, ordered);
    return ordered;
  };
}

function directDependencies(view: FileView, workspace: Workspace): (member: string) => string[] {
  switch (workspace.kind) {
    case 'node': {
      const byName = new Map<string, string>();
      for (const member of workspace.members) {
        const name = (view.json(join(member, 'package.json')) as { name?: string } | undefined)?.name;
        if (name) byName.set(name, member);
      }
      return (member) => {
        const pkg = (view.json(join(member, 'package.json')) ?? {}) as Record<string, unknown>;
        const names = ['dependencies', 'devDependencies', 'optionalDependencies'].flatMap((field) =>
          Object.keys((pkg[field] as Record<string, string> | undefined) ?? {}),
        );
        return names.flatMap((name) => byName.get(name) ?? []);
      };
    }
    case 'cargo':
      return (member) => {
        try {
          const manifest = parseToml(view.read(join(member, 'Cargo.toml')) ?? '') as Record<string, unknown>;
          const tables = ['dependencies', 'dev-dependencies', 'build-dependencies'].map(
            (table) => (manifest[table] ?? {}) as Record<string, { path?: string } | string>,
          );
          return tables
            .flatMap((table) => Object.values(table))
            .flatMap((spec) => (typeof spec === 'object' && spec.path ? [posix.join(member, spec.path)] : []))
            .filter((path) => workspace.members.includes(path));
        } catch {
          return [];
        }
      };
    case 'go': {
      const byModule = new Map<string, string>();
      for (const member of workspace.members) {
        const module = /^module\s+(\S+)/m.exec(view.read(join(member, 'go.mod')) ?? '')?.[1];
        if (module) byModule.set(module, member);
      }
      return (member) => {
        // `require path v1.2.3` on one line, or `path v1.2.3` inside a require block.
        const goMod = view.read(join(member, 'go.mod')) ?? '';
        const required = new Set(
          [...goMod.matchAll(/^\s*(?:require\s+)?([^\s()]+)\s+v\S+/gm)].map((match) => match[1]),
        );
        return [...byModule.entries()]
          .filter(([module, dir]) => dir !== member && required.has(module))
          .map(([, dir]) => dir);
      };
    }
  }
}
