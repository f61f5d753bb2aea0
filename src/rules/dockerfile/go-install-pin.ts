import type { DockerfileRule } from '../rule.js';
import { commandsOf, packageArgs, wordRange } from './helpers.js';

export const goInstallPin: DockerfileRule = {
  kind: 'dockerfile',
  id: 'go-install-pin',
  aliases: ['DL3062'],
  severity: 'warning',
  fixable: false,
  docs: {
    summary: 'Pin go install to a version, not @latest.',
    why: '`go install example.com/tool@latest` (or with no version) builds whatever is newest that day. Name a version: `@v1.61.0`.',
    bad: 'FROM golang:1.19-bookworm\nRUN go install github.com/go-delve/delve/cmd/dlv@latest\n',
    good: 'FROM golang:1.19-bookworm\nRUN go install github.com/go-delve/delve/cmd/dlv@v1.21.0\n',
  },
  check({ model, report }) {
    for (const site of commandsOf(model, ['go'], ['install'])) {
      for (const target of packageArgs(site.command, ['install'], ['-o', '-ldflags', '-tags', '-gcflags'])) {
        const spec = target.value;
        if (!spec || spec.startsWith('.') || spec.startsWith('/')) continue;
        const version = spec.split('@')[1];
        if (version === undefined || version === 'latest')
          report({
            range: wordRange(model, site, target),
            message: `pin ${spec.split('@')[0]} to a version (@vX.Y.Z)`,
          });
      }
    }
  },
};
