/** Workspace members from npm/yarn/pnpm workspaces, go.work and Cargo workspaces, globs expanded one level. */

import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import type { FileView } from './file-view.js';
import { join } from './services.js';

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
