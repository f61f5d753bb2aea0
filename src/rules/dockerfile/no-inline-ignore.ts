import type { DockerfileRule } from '../rule.js';

/** The pragmas that silence findings for one instruction: hadolint's and shipshape's own. */
const INLINE_IGNORE = /^(hadolint\s+ignore\s*=|shipshape-ignore\s)/i;

export const noInlineIgnore: DockerfileRule = {
  kind: 'dockerfile',
  id: 'no-inline-ignore',
  aliases: ['DL1001'],
  severity: 'info',
  optIn: true,
  fixable: false,
  docs: {
    summary: 'Keep rule exceptions in the configuration, not in inline pragmas (opt-in).',
    why: 'Teams that review their exceptions in one place turn this on: an inline `# hadolint ignore=` or `# shipshape-ignore` silences a rule where no reviewer of the configuration sees it. Off unless a configuration or preset enables it, as in hadolint.',
    bad: 'FROM debian:bookworm-slim\n# hadolint ignore=DL3008\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n',
    good: 'FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n',
  },
  check({ model, report }) {
    for (const comment of model.comments) {
      if (!INLINE_IGNORE.test(comment.text)) continue;
      const end = model.text.indexOf('\n', comment.offset);
      report({
        range: model.index.range(comment.offset, end < 0 ? model.text.length : end),
        message: 'an inline ignore pragma: keep the exception in .shipshape.yaml instead',
      });
    }
  },
};
