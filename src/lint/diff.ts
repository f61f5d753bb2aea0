/** A unified diff of two texts, for `lint --fix-dry-run` (and later `init`'s overwrite check). */

export function unifiedDiff(
  path: string,
  before: string,
  after: string,
  context = 3,
  label = 'fixed',
): string {
  if (before === after) return '';
  const a = before.split('\n');
  const b = after.split('\n');
  const ops = diffLines(a, b);
  const out = [`--- ${path}`, `+++ ${path} (${label})`];
  let i = 0;
  while (i < ops.length) {
    if (ops[i]?.kind === 'same') {
      i++;
      continue;
    }
    const start = Math.max(0, i - context);
    let end = i;
    // Extend the hunk while changes are closer than twice the context.
    while (end < ops.length) {
      let next = end;
      while (next < ops.length && ops[next]?.kind !== 'same') next++;
      let gap = next;
      while (gap < ops.length && ops[gap]?.kind === 'same') gap++;
      end = next;
      if (gap >= ops.length || gap - next > context * 2) break;
      end = gap;
    }
    const stop = Math.min(ops.length, end + context);
    const hunk = ops.slice(start, stop);
    const oldStart = (hunk.find((op) => op.kind !== 'add')?.oldLine ?? 0) + 1;
    const newStart = (hunk.find((op) => op.kind !== 'remove')?.newLine ?? 0) + 1;
    const oldCount = hunk.filter((op) => op.kind !== 'add').length;
    const newCount = hunk.filter((op) => op.kind !== 'remove').length;
    out.push(`@@ -${oldStart},${oldCount} +${newStart},${newCount} @@`);
    for (const op of hunk) out.push(`${op.kind === 'same' ? ' ' : op.kind === 'add' ? '+' : '-'}${op.text}`);
    i = stop;
  }
  return `${out.join('\n')}\n`;
}

interface Op {
  kind: 'same' | 'add' | 'remove';
  text: string;
  oldLine: number;
  newLine: number;
}

/** Longest-common-subsequence line diff (removals before additions): files here are small. */
function diffLines(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      (lcs[i] as number[])[j] =
        a[i] === b[j]
          ? ((lcs[i + 1] as number[])[j + 1] as number) + 1
          : Math.max((lcs[i + 1] as number[])[j] as number, (lcs[i] as number[])[j + 1] as number);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      ops.push({ kind: 'same', text: a[i] as string, oldLine: i, newLine: j });
      i++;
      j++;
    } else if (
      j < m &&
      (i >= n || ((lcs[i] as number[])[j + 1] as number) > ((lcs[i + 1] as number[])[j] as number))
    ) {
      ops.push({ kind: 'add', text: b[j] as string, oldLine: i, newLine: j });
      j++;
    } else {
      ops.push({ kind: 'remove', text: a[i] as string, oldLine: i, newLine: j });
      i++;
    }
  }
  return ops;
}
