import type { DockerfileRule } from '../rule.js';
import { wordRange } from './helpers.js';
import { PIP_FLAGS_WITH_VALUES, pipInstalls } from './pip.js';

/**
 * A requirement that already constrains what pip picks: any version specifier (`==`, `~=`, `<0.46`,
 * `>=1,<2`: the author chose the range), a URL or VCS reference, or a local file or directory.
 */
function pinned(spec: string): boolean {
  return (
    /[=<>~!]|@|:\/\//.test(spec) ||
    spec.startsWith('.') ||
    spec.includes('/') ||
    /\.(whl|tar\.gz|tgz|tar\.bz2|tar\.xz|zip)$/.test(spec)
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
  messages: { pin: 'pin the version of {text} ({text}==<version>)' },
  check({ model, report }) {
    for (const { site, args } of pipInstalls(model, { pipx: true })) {
      // A constraints file pins whatever the command line leaves open.
      if (
        args.some(
          (arg) => ['-c', '--constraint'].includes(arg.value ?? '') || /^--constraint=/.test(arg.value ?? ''),
        )
      )
        continue;
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
            messageId: 'pin',
            data: { text },
          });
      }
    }
  },
};
