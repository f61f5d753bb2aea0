import type { ComposeRule } from '../rule.js';

export const composeNoVersion: ComposeRule = {
  kind: 'compose',
  id: 'compose-no-version',
  aliases: [],
  severity: 'warning',
  fixable: true,
  docs: {
    summary: 'Remove the obsolete top-level version key.',
    why: 'The Compose Specification ignores `version:`; Docker Compose v2 prints a warning that it is obsolete. It also misleads: `version: "3.9"` does not select a schema or enable features, and many old guides still show it. Swarm stack files (`docker-stack.yml`) are the exception: `docker stack deploy` reads the older format 3 with the docker CLI\'s own loader, and the 20.10 CLI refuses a file without `version`, so this rule leaves them alone.',
    bad: 'version: "3.9"\nservices:\n  web:\n    image: nginx:1.27\n',
    good: 'services:\n  web:\n    image: nginx:1.27\n',
  },
  check({ source, value, stack, report }) {
    // docker stack deploy reads format 3, where the key still selects the format (see stack-compatibility).
    if (stack || !('version' in value)) return;
    const document = source.document.contents as {
      items?: Array<{ key: { value?: unknown; range?: number[] }; value: { range?: number[] } | null }>;
    } | null;
    const pair = document?.items?.find((item) => item.key?.value === 'version');
    const start = pair?.key.range?.[0];
    const end = pair?.value?.range?.[1] ?? pair?.key.range?.[1];
    if (start === undefined || end === undefined) return;
    // A byte-order mark before the key is the file's, not the key's: it stays.
    const firstLine = source.index.lineStart(source.index.position(start).line);
    const lineStart = firstLine === 0 && source.text.startsWith('\uFEFF') ? 1 : firstLine;
    const endLine = source.index.position(end).line;
    const next = source.index.lineStart(endLine + 1);
    const ownLines =
      source.text.slice(lineStart, start).trim() === '' &&
      source.text.slice(end, next).trim().replace(/^#.*$/, '') === '';
    // An inline comment after the value is someone's note: it stays, on the line the key leaves.
    const comment = /#.*$/.exec(source.text.slice(end, next).replace(/\r?\n$/, ''))?.[0];
    report({
      range: source.index.range(start, end),
      message: 'the version key is obsolete and ignored: remove it',
      fix: ownLines
        ? [
            {
              range: source.index.range(lineStart, Math.min(next, source.text.length)),
              text: comment ? `${comment}\n` : '',
            },
          ]
        : undefined,
    });
  },
};
