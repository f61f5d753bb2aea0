/**
 * The stand-in table (test/standins/images.tsv) as the e2e tests read it: which images exist under which
 * names, built from which Debian suite and runtime. The `{version}` and `{minor}` placeholders resolve
 * the way scripts/standins.sh resolves them where that needs no network (this machine's Go and Rust,
 * Bun's pinned version); names that still hold a placeholder are left out.
 */

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const STANDIN_TABLE = join(import.meta.dirname, '..', 'standins', 'images.tsv');

export interface StandinRow {
  group: string;
  suite: 'bookworm' | 'trixie';
  context: string;
  target: string;
  source: string;
  /** Build arguments from the source's KEY=VALUE options. */
  args: Record<string, string>;
  tags: string[];
}

function toolVersion(command: string, args: string[], pattern: RegExp): string | undefined {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  return result.status === 0 ? pattern.exec(result.stdout)?.[1] : undefined;
}

function runtimeVersion(kind: string): string | undefined {
  if (kind === 'host-go') return toolVersion('go', ['env', 'GOVERSION'], /^go(\d+\.\d+(?:\.\d+)?)/);
  if (kind === 'host-rust') return toolVersion('rustc', ['--version'], /^rustc (\d+\.\d+\.\d+)/);
  if (kind.startsWith('npm-bun@')) return kind.slice('npm-bun@'.length);
  // The patch release is resolved on the proxy when the image is built; the line is known from the table.
  if (kind.startsWith('goproxy-go@')) return kind.slice('goproxy-go@'.length);
  return undefined;
}

export function parseStandinTable(text: string): StandinRow[] {
  const rows: StandinRow[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [group, suite, context, source, ...tags] = line.trim().split(/\s+/);
    if (!group || !context || !source || (suite !== 'bookworm' && suite !== 'trixie'))
      throw new Error(`${STANDIN_TABLE}: malformed line: ${line}`);
    const [kind = '', ...options] = source.split(',');
    const args = Object.fromEntries(
      options
        .filter((option) => option.includes('='))
        .map((option) => option.split('=', 2) as [string, string]),
    );
    const version = runtimeVersion(kind);
    const resolved = tags
      .map((tag) =>
        version
          ? tag
              .replaceAll('{version}', version)
              .replaceAll('{minor}', version.split('.').slice(0, 2).join('.'))
          : tag,
      )
      .filter((tag) => !tag.includes('{'));
    const [dir = '', target = ''] = context.split(':');
    rows.push({ group, suite, context: dir, target, source: kind, args, tags: resolved });
  }
  return rows;
}

export function standinRows(): StandinRow[] {
  return parseStandinTable(readFileSync(STANDIN_TABLE, 'utf8'));
}
