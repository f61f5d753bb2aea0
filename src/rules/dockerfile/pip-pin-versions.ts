import type { DockerfileRule } from '../rule.js';
import { wordRange } from './helpers.js';
import { PIP_FLAGS_WITH_VALUES, pipInstalls } from './pip.js';

/** A requirement that names an exact thing: `==`, a range with an upper bound, a URL, a file or a path. */
function pinned(spec: string): boolean {
  return (
    /[=<>~!]=|===|@|:\/\//.test(spec) ||
    spec.startsWith('.') ||
    spec.startsWith('/') ||
    /\.(whl|tar\.gz|zip)$/.test(spec)
  );
}

export const pipPinVersions: DockerfileRule = {
  kind: 'dockerfile',
  id: 'pip-pin-versions',
  aliases: ['DL3013'],
  severity: 'warning',
  fixable: false,
  docs: {
    summary: 'Pin the versions of packages installed with pip.',
    why: '`pip install flask` installs the newest release at build time: the image changes without the code changing, and a major release can break it. Pin with `==`, or install from a lock file (`-r requirements.txt` with pinned lines).',
    bad: 'FROM python:3.11-slim-bookworm\nRUN pip install --no-cache-dir flask gunicorn\n',
    good: 'FROM python:3.11-slim-bookworm\nRUN pip install --no-cache-dir flask==3.0.3 gunicorn==22.0.0\n',
  },
  check({ model, report }) {
    for (const { site, args } of pipInstalls(model)) {
      for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        const text = arg?.value;
        if (!arg || text === undefined) continue;
        if (text.startsWith('-')) {
          if (PIP_FLAGS_WITH_VALUES.includes(text)) i++;
          continue;
        }
        if (!pinned(text))
          report({
            range: wordRange(model, site, arg),
            message: `pin the version of ${text} (${text}==<version>)`,
          });
      }
    }
  },
};
